import type { Payload } from 'payload'

import { slugify } from '@/lib/slugify'
import { seed } from '@/seed'
import { seedData } from '@/seed/data'
import type { OrganisationSeed, SeedInput, SpeakerSeed } from '@/seed/schema'

// People and organisations are reused across years as the real record does, so a regular
// speaker's page grows with every year while a newcomer's stays small.

const SEED_YEAR = 2025
const MIN_YEAR = 2001
const MAX_YEAR = 2100

export function growthYears(scale: number): number[] {
  const wanted = Math.max(0, scale - 1)
  const before = Array.from({ length: SEED_YEAR - MIN_YEAR }, (_, i) => SEED_YEAR - 1 - i)
  const after = Array.from({ length: MAX_YEAR - SEED_YEAR }, (_, i) => SEED_YEAR + 1 + i)
  const years = [...before, ...after]
  if (wanted > years.length) {
    throw new Error(`--scale can be at most ${years.length + 1} (one assembly a year, 2001–2100).`)
  }
  return years.slice(0, wanted)
}

// Names not in the seed, so a newcomer is never merged with a seeded person.
const firstNames = [
  'Amina',
  'Bruno',
  'Camille',
  'Dario',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Karim',
  'Leila',
  'Marta',
  'Nikos',
  'Oksana',
  'Pavel',
  'Rania',
  'Sven',
  'Teresa',
  'Yusuf',
]
const lastNames = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Ferrante',
  'Yilmaz',
  'Haddad',
  'Petrović',
  'Novak',
  'Sousa',
  'Becker',
  'Mansour',
  'Rahimi',
  'Jiménez',
  'Karalis',
  'Bondarenko',
  'Horák',
  'Saleh',
  'Halvorsen',
  'Castelo',
  'Demir',
]
const cities = [
  'Lyon',
  'Porto',
  'Gdańsk',
  'Turin',
  'Ghent',
  'Malmö',
  'Graz',
  'Cork',
  'Brno',
  'Bilbao',
  'Utrecht',
  'Thessaloniki',
  'Cluj',
  'Aarhus',
  'Leipzig',
  'Seville',
  'Ljubljana',
  'Tampere',
]
const countries = [
  'FR',
  'PT',
  'PL',
  'IT',
  'BE',
  'SE',
  'AT',
  'IE',
  'CZ',
  'ES',
  'NL',
  'GR',
  'RO',
  'DK',
  'DE',
  'ES',
  'SI',
  'FI',
]
const roles = [
  'Chair',
  'Speaker',
  'Moderator',
  'Rapporteur',
  'Panellist',
  'Keynote speaker',
  'Facilitator',
]

const NEW_SPEAKERS_PER_YEAR = 3
const NEW_ORGANISATIONS_PER_YEAR = 2

const reportOf = (year: number) => ({
  key: `generated-report-${year}`,
  title: `PICUM General Assembly ${year} (generated for benchmarks)`,
  publisher: 'PICUM',
  year,
})
const citing = (year: number) => [{ source: reportOf(year).key, locator: 'Generated' }]

function newcomers(year: number): { organisations: OrganisationSeed[]; speakers: SpeakerSeed[] } {
  const organisations = Array.from({ length: NEW_ORGANISATIONS_PER_YEAR }, (_, k) => {
    const index = (year - MIN_YEAR) * NEW_ORGANISATIONS_PER_YEAR + k
    const city = cities[index % cities.length]!
    const kind = [
      'Migrant Rights Collective',
      'Legal Aid Network',
      'Solidarity Centre',
      'Workers Union',
    ][Math.floor(index / cities.length) % 4]!
    const name = `${city} ${kind} ${Math.floor(index / (cities.length * 4)) + 1}`
    return {
      slug: slugify(name),
      name,
      kind: 'ngo' as const,
      country: countries[index % countries.length],
      city,
      description: [
        `A ${kind.toLowerCase()} in ${city}, first at the General Assembly in ${year}.`,
      ],
      citations: citing(year),
    }
  })
  const speakers = Array.from({ length: NEW_SPEAKERS_PER_YEAR }, (_, k) => {
    // first × last covers 400 people, more than 100 years of newcomers need.
    const index = (year - MIN_YEAR) * NEW_SPEAKERS_PER_YEAR + k
    const name = `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}`
    return {
      slug: slugify(name),
      name,
      role: roles[index % roles.length],
      organisation: organisations[k % organisations.length]!.slug,
      roleRecordedIn: year,
      bio: [
        `${name} works with undocumented people in ${organisations[k % organisations.length]!.city}.`,
      ],
      citations: citing(year),
    }
  })
  return { organisations, speakers }
}

export function growthRecord(year: number): SeedInput {
  const { organisations, speakers } = newcomers(year)
  const seeded = seedData.speakers.map((speaker) => speaker.slug)
  const pool = [...seeded, ...speakers.map((speaker) => speaker.slug)]
  const [assembly] = seedData.assemblies
  let turn = year
  const sessions = seedData.sessions.map((session) => ({
    ...session,
    assembly: year,
    title: `${session.title} (${year})`,
    citations: citing(year),
    contributions: (session.contributions ?? []).map((contribution, j) => ({
      ...contribution,
      citations: citing(year),
      speaker: pool[(turn += 1) % pool.length]!,
      roleAtTheTime: roles[(year + j) % roles.length],
      organisation:
        j % 2 === 0 ? contribution.organisation : organisations[j % organisations.length]!.slug,
    })),
  }))
  return {
    sources: [...seedData.sources, reportOf(year)],
    topics: seedData.topics,
    organisations: [...seedData.organisations, ...organisations],
    speakers: [...seedData.speakers, ...speakers],
    assemblies: [
      {
        ...assembly!,
        year,
        title: `PICUM General Assembly ${year}`,
        theme: `${assembly!.theme ?? 'Solidarity'} (${year})`,
        citations: citing(year),
      },
    ],
    sessions,
    wins: seedData.wins.map((win, i) => ({
      ...win,
      slug: `${win.slug}-${year}`,
      title: `${win.title} (${year})`,
      assembly: year,
      presenter:
        sessions.find((session) => session.slug === win.session)?.contributions[0]?.speaker ??
        win.presenter,
      creditedOrganisations: [organisations[i % organisations.length]!.slug],
      citations: citing(year),
    })),
  }
}

// Through the seed, so every hook runs and the search index stays in step; one transaction a year.
export async function growRecord(payload: Payload, scale: number): Promise<number> {
  let created = 0
  for (const year of growthYears(scale)) {
    created += (await seed(payload, growthRecord(year))).created.length
  }
  return created
}
