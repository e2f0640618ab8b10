// The General Assemblies on record; the report gives no date, venue or city for 2025.
import type { AssemblySeed } from '@/seed/schema'

export const assemblies: AssemblySeed[] = [
  {
    year: 2025,
    title: 'PICUM General Assembly 2025',
    theme: 'Resisting an increasingly hostile environment',
    intro: [
      'Europe keeps moving towards the right and the far right, and migration policy is growing harsher as a result: social rights are being turned into instruments of immigration control. Migrants, racialised communities and undocumented people face rising criminalisation, and detention and deportation are more and more often put ahead of protection and inclusion.',
      'At EU and national level, new laws and reforms collide with international human rights standards. Meanwhile the space for civil society is narrowing, and those who defend migrants or give humanitarian help are under growing legal, financial and political strain, up to harassment and prosecution.',
      'The 2025 General Assembly brought the PICUM network together to work out shared ways of resisting and answering this climate: where to advocate together, how to build solidarity with other movements, and how civil society can better stand up for the dignity and rights of every migrant, with or without papers.',
    ],
  },
]
