// Organisations named in the 2025 General Assembly report, plus PICUM itself. The report states
// no organisation's PICUM membership (“from our network” is not membership), so all stay unknown.
import { cite2025, section2025 } from '@/seed/data/sources'
import type { OrganisationSeed } from '@/seed/schema'

const { opening, opportunities, strategies, hope } = section2025

export const organisations: OrganisationSeed[] = [
  {
    slug: 'picum',
    name: 'PICUM',
    // The report speaks for PICUM of “our network”.
    kind: 'network',
    description: [
      'Platform for International Cooperation on Undocumented Migrants: the network whose General Assembly this record documents.',
    ],
    citations: cite2025(opening),
  },
  {
    slug: 'un-migrant-workers-committee',
    name: 'UN Migrant Workers’ Committee',
    kind: 'un-body',
    description: [
      'UN committee whose work includes urging ratification of the UN Migrant Workers Convention and promoting an intersectional, decolonising approach to migration.',
    ],
    citations: cite2025(opportunities),
  },
  {
    slug: 'european-parliament',
    name: 'European Parliament',
    kind: 'eu-institution',
    citations: cite2025(opportunities),
  },
  {
    slug: 'intergroup-on-childrens-rights',
    name: 'European Parliament’s Intergroup on Children’s Rights',
    // A cross-party group of Members of the European Parliament, not an EU institution.
    kind: 'parliamentary-group',
    citations: cite2025(opportunities),
  },
  {
    slug: 'krems-university',
    name: 'Krems University',
    kind: 'research',
    country: 'AT',
    city: 'Krems',
    citations: cite2025(opportunities),
  },
  {
    slug: 'health-center-for-undocumented-migrants',
    name: 'Health Center for Undocumented Migrants',
    kind: 'ngo',
    country: 'NO',
    city: 'Oslo',
    citations: cite2025(opportunities),
  },
  {
    slug: 'alianza-americas',
    name: 'Alianza Américas',
    kind: 'ngo',
    country: 'US',
    description: [
      'Migrants’ rights organisation in the United States that builds alliances with other groups that hostile policies target.',
    ],
    citations: cite2025(opportunities),
  },
  {
    slug: 'european-civic-forum',
    name: 'European Civic Forum',
    kind: 'ngo',
    citations: cite2025(strategies),
  },
  {
    slug: 'greenpeace-belgium',
    name: 'Greenpeace Belgium',
    kind: 'ngo',
    country: 'BE',
    citations: cite2025(strategies),
  },
  {
    slug: 'bvmn',
    name: 'Border Violence Monitoring Network',
    acronym: 'BVMN',
    kind: 'network',
    citations: cite2025(strategies),
  },
  {
    slug: 'red-acoge',
    name: 'Red Acoge',
    kind: 'ngo',
    country: 'ES',
    citations: cite2025(hope),
  },
  {
    slug: 'utsopi',
    name: 'Utsopi',
    kind: 'ngo',
    country: 'BE',
    citations: cite2025(hope),
  },
  {
    slug: 'fiz',
    name: 'FiZ',
    kind: 'ngo',
    country: 'CH',
    citations: cite2025(hope),
  },
  {
    slug: 'askv',
    name: 'ASKV',
    kind: 'ngo',
    country: 'NL',
    citations: cite2025(hope),
  },
]
