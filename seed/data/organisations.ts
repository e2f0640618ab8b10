// Organisations named in the 2025 General Assembly report, plus PICUM itself.
import type { OrganisationSeed } from '@/seed/schema'

export const organisations: OrganisationSeed[] = [
  {
    slug: 'picum',
    name: 'PICUM',
    kind: 'ngo',
    description: [
      'Platform for International Cooperation on Undocumented Migrants: the network whose General Assembly this record documents.',
    ],
  },
  {
    slug: 'un-migrant-workers-committee',
    name: 'UN Migrant Workers’ Committee',
    kind: 'un-body',
    description: [
      'UN committee whose work includes pressing for ratification of the UN Migrant Workers Convention and promoting an intersectional, decolonising approach to migration.',
    ],
  },
  {
    slug: 'european-parliament',
    name: 'European Parliament',
    kind: 'eu-institution',
  },
  {
    slug: 'intergroup-on-childrens-rights',
    name: 'European Parliament’s Intergroup on Children’s Rights',
    kind: 'eu-institution',
  },
  {
    slug: 'krems-university',
    name: 'Krems University',
    kind: 'research',
    country: 'AT',
    city: 'Krems',
  },
  {
    slug: 'health-center-for-undocumented-migrants',
    name: 'Health Center for Undocumented Migrants',
    kind: 'ngo',
    country: 'NO',
    city: 'Oslo',
  },
  {
    slug: 'alianza-americas',
    name: 'Alianza Américas',
    kind: 'ngo',
    country: 'US',
    description: [
      'Migrants’ rights organisation in the United States that builds alliances with other groups targeted by hostile policies.',
    ],
  },
  {
    slug: 'european-civic-forum',
    name: 'European Civic Forum',
    kind: 'ngo',
  },
  {
    slug: 'greenpeace-belgium',
    name: 'Greenpeace Belgium',
    kind: 'ngo',
    country: 'BE',
  },
  {
    slug: 'bvmn',
    name: 'Border Violence Monitoring Network',
    acronym: 'BVMN',
    kind: 'ngo',
  },
  {
    slug: 'red-acoge',
    name: 'Red Acoge',
    kind: 'picum-member',
    country: 'ES',
  },
  {
    slug: 'utsopi',
    name: 'Utsopi',
    kind: 'picum-member',
    country: 'BE',
  },
  {
    slug: 'fiz',
    name: 'FiZ',
    kind: 'picum-member',
    country: 'CH',
  },
  {
    slug: 'askv',
    name: 'ASKV',
    kind: 'picum-member',
    country: 'NL',
  },
]
