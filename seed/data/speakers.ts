// Speakers at the 2025 General Assembly, with the role and organisation the report gives. That is
// what they did in 2025, recorded as such: nothing here says what they do today.
import { cite2025, section2025 } from '@/seed/data/sources'
import type { SpeakerSeed } from '@/seed/schema'

const { opportunities, strategies, hope } = section2025

export const speakers: SpeakerSeed[] = [
  {
    slug: 'fatima-diallo',
    name: 'Fatima Diallo',
    role: 'Chair',
    organisation: 'un-migrant-workers-committee',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Chair of the UN Migrant Workers’ Committee.'],
    citations: cite2025(opportunities),
  },
  {
    slug: 'tineke-strik',
    name: 'Tineke Strik',
    role: 'Greens MEP',
    organisation: 'european-parliament',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly as a Member of the European Parliament for the Greens.',
    ],
    citations: cite2025(opportunities),
  },
  {
    slug: 'emilio-puccio',
    name: 'Emilio Puccio',
    role: 'Secretary General',
    organisation: 'intergroup-on-childrens-rights',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the European Parliament’s Intergroup on Children’s Rights, as its Secretary General.',
    ],
    citations: cite2025(opportunities),
  },
  {
    slug: 'albert-kraler',
    name: 'Albert Kraler',
    role: 'MIrreM research coordinator and assistant professor',
    organisation: 'krems-university',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly as research coordinator of MIrreM, an EU-funded project on irregular migration, and as an assistant professor at Krems University in Austria.',
    ],
    citations: cite2025(opportunities),
  },
  {
    slug: 'linnea-nasholm',
    name: 'Linnea Näsholm',
    organisation: 'health-center-for-undocumented-migrants',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the Oslo-based Health Center for Undocumented Migrants (Norway).',
    ],
    citations: cite2025(opportunities),
  },
  {
    slug: 'helena-olea',
    name: 'Helena Olea',
    role: 'Deputy Director',
    organisation: 'alianza-americas',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Deputy Director of Alianza Américas.'],
    citations: cite2025(opportunities),
  },
  {
    slug: 'aarti-narsee',
    name: 'Aarti Narsee',
    role: 'Senior Policy and Advocacy Officer',
    organisation: 'european-civic-forum',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the European Civic Forum, as its Senior Policy and Advocacy Officer.',
    ],
    citations: cite2025(strategies),
  },
  {
    slug: 'nadia-cornejo',
    name: 'Nadia Cornejo',
    role: 'Spokesperson',
    organisation: 'greenpeace-belgium',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as spokesperson for Greenpeace Belgium.'],
    citations: cite2025(strategies),
  },
  {
    slug: 'fezile-osum',
    name: 'Fezile Osum',
    role: 'Legal coordinator',
    organisation: 'bvmn',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly for the Border Violence Monitoring Network (BVMN), as its legal coordinator.',
    ],
    citations: cite2025(strategies),
  },
  {
    slug: 'lucia-maquieira',
    name: 'Lucía Maquieira',
    role: 'Director',
    organisation: 'red-acoge',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Director of Red Acoge.'],
    citations: cite2025(hope),
  },
  {
    slug: 'daan-bauwens',
    name: 'Daan Bauwens',
    role: 'Director',
    organisation: 'utsopi',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as Director of Utsopi.'],
    citations: cite2025(hope),
  },
  {
    slug: 'alicia-adams',
    name: 'Alicia Adams',
    role: 'Partnerships and Donor Relations Officer',
    organisation: 'fiz',
    roleRecordedIn: 2025,
    bio: [
      'Spoke at PICUM’s 2025 General Assembly as Partnerships and Donor Relations Officer at FiZ.',
    ],
    citations: cite2025(hope),
  },
  {
    slug: 'janneke-wijman',
    name: 'Janneke Wijman',
    role: 'Case manager',
    organisation: 'askv',
    roleRecordedIn: 2025,
    bio: ['Spoke at PICUM’s 2025 General Assembly as case manager at ASKV.'],
    citations: cite2025(hope),
  },
]
