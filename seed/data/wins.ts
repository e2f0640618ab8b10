// The wins of the 2025 General Assembly: the five the report presents as wins, in its last panel
// (“Finding hope”). Each records who presented it and for which organisation at the time. The
// report credits change to broad civil society coalitions and names no organisation behind any of
// them, so none is credited. What speakers mentioned in other sessions (a court judgment, health
// centres' work, litigation) stays in their contributions, not here.
import { cite2025, section2025 } from '@/seed/data/sources'
import type { WinSeed } from '@/seed/schema'

const presentedIn2025 = {
  assembly: 2025,
  session: 'finding-hope',
  creditedOrganisations: [],
  citations: cite2025(section2025.hope),
} as const satisfies Partial<WinSeed>

// Both Spanish regularisations were presented by Lucía Maquieira for Red Acoge.
const spanishRegularisation = {
  country: 'ES',
  level: 'national',
  kind: 'regularisation',
  ...presentedIn2025,
  presenter: 'lucia-maquieira',
  presenterOrganisation: 'red-acoge',
} as const satisfies Partial<WinSeed>

export const wins: WinSeed[] = [
  {
    slug: 'spain-arraigo-reform',
    title: 'Spain reforms its arraigo system for residence and work permits',
    summary: [
      'Spain reformed its arraigo (“rootedness”) system so that it is easier to meet the conditions for residence and work permits, and more people can obtain them.',
    ],
    ...spanishRegularisation,
    topics: ['regularisation'],
  },
  {
    slug: 'valencia-floods-regularisation',
    title: 'Regularisation for undocumented victims of the Valencia floods',
    summary: [
      'After the Valencia floods, Spain adopted a dedicated regularisation that is expected to give residence and work permits to about 25,000 undocumented people affected by the disaster, although shortcomings remain.',
    ],
    ...spanishRegularisation,
    figures: [
      {
        value: 25000,
        label: 'undocumented flood victims expected to obtain residence and work permits',
      },
    ],
    topics: ['regularisation'],
  },
  {
    slug: 'belgium-sex-workers-labour-law',
    title: 'Belgian law recognises the labour rights of sex workers',
    summary: [
      'A recent Belgian law recognises and protects the labour rights of sex workers, including those who are undocumented, with minimum working conditions and compensation for exploitation.',
    ],
    country: 'BE',
    level: 'national',
    kind: 'labour-rights',
    ...presentedIn2025,
    presenter: 'daan-bauwens',
    presenterOrganisation: 'utsopi',
    topics: ['labour-rights', 'sex-workers-rights'],
  },
  {
    slug: 'switzerland-dependent-partners-residence',
    title: 'Switzerland eases residence permits for dependent partners when a relationship ends',
    summary: [
      'After three decades of campaigning by Swiss civil society, a change in the law makes it easier for dependent partners to obtain a residence permit when their relationship ends.',
      'It applies to unmarried and same-sex couples as well, and civil society can now provide evidence of abuse suffered by one partner, frequently a migrant woman.',
    ],
    country: 'CH',
    level: 'national',
    kind: 'legislation',
    ...presentedIn2025,
    presenter: 'alicia-adams',
    presenterOrganisation: 'fiz',
    figures: [{ value: 30, label: 'years of campaigning by Swiss civil society' }],
    topics: ['gender-and-residence-rights', 'alliance-building'],
  },
  {
    slug: 'netherlands-surinamese-regularisation',
    title: 'Dutch regularisation for Surinamese nationals who lost Dutch nationality',
    summary: [
      'The Dutch government adopted a regularisation for Surinamese nationals resident in the Netherlands who lost Dutch nationality following Suriname’s independence.',
      'As Janneke Wijman recounted, researchers, migration lawyers, NGOs and members of the Surinamese community joined the struggle and won it through strategic litigation and political pressure.',
    ],
    country: 'NL',
    level: 'national',
    kind: 'regularisation',
    ...presentedIn2025,
    presenter: 'janneke-wijman',
    presenterOrganisation: 'askv',
    topics: ['regularisation', 'strategic-litigation', 'alliance-building'],
  },
]
