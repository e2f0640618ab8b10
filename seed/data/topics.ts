// Topics covered at the General Assembly, used to tag sessions and wins.
import type { TopicSeed } from '@/seed/schema'

export const topics: TopicSeed[] = [
  {
    slug: 'regularisation',
    name: 'Regularisation',
    description:
      'Ways for undocumented people to obtain a residence status, and the work to create or widen them.',
  },
  {
    slug: 'detention-and-returns',
    name: 'Detention and returns',
    description: 'Immigration detention, deportation and the rules that govern returns.',
  },
  {
    slug: 'childrens-rights',
    name: 'Children’s rights',
    description: 'The protection of migrant children and how migration policy treats them.',
  },
  {
    slug: 'criminalisation-of-solidarity',
    name: 'Criminalisation of migrants and solidarity',
    description:
      'Prosecution, harassment and other pressure aimed at migrants and at the people who defend or help them.',
  },
  {
    slug: 'health-care',
    name: 'Health care',
    description: 'Access to health services for people without a residence permit.',
  },
  {
    slug: 'labour-rights',
    name: 'Labour rights',
    description: 'Rights and protections at work, whatever a worker’s residence status.',
  },
  {
    slug: 'strategic-litigation',
    name: 'Strategic litigation',
    description: 'Using court cases to challenge harmful laws and practices and to enforce rights.',
  },
  {
    slug: 'research-and-evidence',
    name: 'Research and evidence',
    description: 'How research findings and researchers themselves can shape migration policy.',
  },
  {
    slug: 'civic-space',
    name: 'Civic space',
    description:
      'The room civil society has to organise, protest and speak out, and threats to it.',
  },
  {
    slug: 'narratives',
    name: 'Narratives',
    description:
      'Public framing of migration, and efforts to counter hostile and dehumanising stories.',
  },
  {
    slug: 'pushbacks-and-border-violence',
    name: 'Pushbacks and border violence',
    description:
      'Violent and unlawful expulsions at borders, and efforts to document and challenge them.',
  },
  {
    slug: 'sex-workers-rights',
    name: 'Sex workers’ rights',
    description:
      'Legal recognition and protection of sex workers, including those who are undocumented.',
  },
  {
    slug: 'gender-and-residence-rights',
    name: 'Gender and residence rights',
    description:
      'Residence rights for partners whose status depends on a relationship, often migrant women facing abuse.',
  },
  {
    slug: 'eu-migration-policy',
    name: 'EU migration policy',
    description:
      'EU laws and proposals on migration and asylum and their effect on people’s rights.',
  },
  {
    slug: 'human-rights-framework',
    name: 'International human rights framework',
    description: 'International standards and bodies that monitor how states treat migrants.',
  },
  {
    slug: 'racism-and-discrimination',
    name: 'Racism and discrimination',
    description:
      'Racial discrimination, xenophobia and other discrimination affecting migrants and others.',
  },
  {
    slug: 'local-action',
    name: 'Local action',
    description:
      'Work with cities and municipalities to improve the lives of undocumented residents.',
  },
  {
    slug: 'alliance-building',
    name: 'Alliance building',
    description: 'Building coalitions and solidarity across movements and sectors.',
  },
]
