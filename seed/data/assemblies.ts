// The General Assemblies on record; the report gives no date, venue or city for 2025.
import { cite2025, section2025 } from '@/seed/data/sources'
import type { AssemblySeed } from '@/seed/schema'

export const assemblies: AssemblySeed[] = [
  {
    year: 2025,
    title: 'PICUM General Assembly 2025',
    theme: 'Resisting an increasingly hostile environment',
    intro: [
      'Europe keeps moving towards the right and the far right, and migration policy is growing harsher as a result: social rights are being turned into instruments of immigration control. Human rights are under attack. Migrants and racialised communities, undocumented people among them, face rising criminalisation, and detention and deportation are more and more often put ahead of protection and inclusion.',
      'At EU and national level, new laws and reforms collide with international rights standards. The space for civil society is narrowing, and rights defenders are under growing legal, financial and political strain, which can go as far as harassment and prosecution for giving humanitarian help or standing up for migrants’ rights.',
      'The 2025 General Assembly looked at joint strategies for resisting and responding to this increasingly hostile context: areas where advocacy could be shared, ways of building solidarity across movements, and how civil society can play a stronger part in upholding the dignity and rights of all migrants, whatever their status.',
    ],
    citations: cite2025(section2025.opening),
  },
]
