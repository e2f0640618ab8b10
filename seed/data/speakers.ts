// Speakers at the 2025 General Assembly, with the role and organisation the report gives.
import type { SpeakerSeed } from '@/seed/schema'

export const speakers: SpeakerSeed[] = [
  {
    slug: 'fatima-diallo',
    name: 'Fatima Diallo',
    currentRole: 'Chair',
    currentOrganisation: 'un-migrant-workers-committee',
    bio: ['Chairs the UN Migrant Workers’ Committee.'],
  },
  {
    slug: 'tineke-strik',
    name: 'Tineke Strik',
    currentRole: 'Greens MEP',
    currentOrganisation: 'european-parliament',
    bio: ['Member of the European Parliament for the Greens.'],
  },
  {
    slug: 'emilio-puccio',
    name: 'Emilio Puccio',
    currentRole: 'Secretary General',
    currentOrganisation: 'intergroup-on-childrens-rights',
    bio: [
      'Serves as Secretary General of the Intergroup on Children’s Rights in the European Parliament.',
    ],
  },
  {
    slug: 'albert-kraler',
    name: 'Albert Kraler',
    currentRole: 'MIrreM research coordinator and assistant professor',
    currentOrganisation: 'krems-university',
    bio: [
      'Coordinates research for MIrreM, an EU-funded project on irregular migration, and teaches at Krems University in Austria as an assistant professor.',
    ],
  },
  {
    slug: 'linnea-nasholm',
    name: 'Linnea Näsholm',
    currentOrganisation: 'health-center-for-undocumented-migrants',
    bio: ['Works with the Oslo-based Health Center for Undocumented Migrants in Norway.'],
  },
  {
    slug: 'helena-olea',
    name: 'Helena Olea',
    currentRole: 'Deputy Director',
    currentOrganisation: 'alianza-americas',
    bio: [
      'Deputy Director of Alianza Américas, which works for migrants’ rights in the United States.',
    ],
  },
  {
    slug: 'aarti-narsee',
    name: 'Aarti Narsee',
    currentRole: 'Senior Policy and Advocacy Officer',
    currentOrganisation: 'european-civic-forum',
    bio: ['Works at the European Civic Forum as Senior Policy and Advocacy Officer.'],
  },
  {
    slug: 'nadia-cornejo',
    name: 'Nadia Cornejo',
    currentRole: 'Spokesperson',
    currentOrganisation: 'greenpeace-belgium',
    bio: ['Spokesperson for Greenpeace Belgium.'],
  },
  {
    slug: 'fezile-osum',
    name: 'Fezile Osum',
    currentRole: 'Legal coordinator',
    currentOrganisation: 'bvmn',
    bio: ['Coordinates legal work at the Border Violence Monitoring Network (BVMN).'],
  },
  {
    slug: 'lucia-maquieira',
    name: 'Lucía Maquieira',
    currentRole: 'Director',
    currentOrganisation: 'red-acoge',
    bio: ['Director of Red Acoge.'],
  },
  {
    slug: 'daan-bauwens',
    name: 'Daan Bauwens',
    currentRole: 'Director',
    currentOrganisation: 'utsopi',
    bio: ['Director of Utsopi.'],
  },
  {
    slug: 'alicia-adams',
    name: 'Alicia Adams',
    currentRole: 'Partnerships and Donor Relations Officer',
    currentOrganisation: 'fiz',
    bio: ['Partnerships and Donor Relations Officer at FiZ.'],
  },
  {
    slug: 'janneke-wijman',
    name: 'Janneke Wijman',
    currentRole: 'Case manager',
    currentOrganisation: 'askv',
    bio: ['Case manager at ASKV.'],
  },
]
