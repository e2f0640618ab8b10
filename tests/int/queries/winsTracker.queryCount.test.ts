/**
 * The public tracker at two sizes of record, 8 wins and 68 (drafts among them): it sends the same
 * statements whatever the size, and its counts, filters and pages are those of the in-memory
 * tracker (trackWins, what a staff preview uses) over every published win read through the Local
 * API as a visitor.
 */
import type { Payload } from 'payload'

import { winKindLabels, winLevelLabels } from '@/lib/labels'
import { assemblyLinkSelect, organisationLinkSelect, topicLinkSelect } from '@/lib/queries/selects'
import { trackPublishedWins } from '@/lib/queries/wins'
import { parseWinQuery, type RawSearchParams, trackWins, WINS_PER_PAGE } from '@/lib/wins'
import { make, uniqueYear } from '@/tests/helpers/factories'
import { countQueries } from '@/tests/helpers/queryCount'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

const SMALL = 8
const LARGE = 68
/** The statement, the page's wins, their sessions and their presenters. */
const STATEMENTS = 4

const countries = ['BE', 'NL', 'ES', 'FR', 'DE', 'IT', 'GR']
const kinds = Object.keys(winKindLabels)
const levels = Object.keys(winLevelLabels)
// Capitals, accents and digits, so SQL's order of titles is held to the site's localeCompare.
const titleWords = ['alpha', 'Beta', 'Ångström', 'delta', 'Échelle', 'zeta', 'Zebra', '10 rules']

type Fixtures = {
  assemblies: Array<{ id: number; year: number; session: number | null }>
  speakers: number[]
  organisations: Array<{ id: number; slug: string }>
  topics: Array<{ id: number; slug: string }>
}
let fixtures: Fixtures

async function makeFixtures(payload: Payload): Promise<Fixtures> {
  const assemblies: Fixtures['assemblies'] = []
  for (const status of ['published', 'published', 'draft'] as const) {
    const assembly = await make.assembly(payload, status, { year: uniqueYear() })
    const session =
      status === 'published'
        ? (await make.session(payload, 'published', { assembly: assembly.id })).id
        : null
    assemblies.push({ id: assembly.id, year: assembly.year, session })
  }
  const speakers = [
    (await make.speaker(payload, 'published')).id,
    (await make.speaker(payload, 'published')).id,
    (await make.speaker(payload, 'draft')).id,
  ]
  const organisations: Fixtures['organisations'] = []
  for (const [name, status] of [
    ['Org Alpha', 'published'],
    ['Org Beta', 'published'],
    ['Org Gamma', 'published'],
    ['Org Draft', 'draft'],
  ] as const) {
    const org = await make.organisation(payload, status, { name })
    organisations.push({ id: org.id, slug: org.slug! })
  }
  const topics: Fixtures['topics'] = []
  for (let i = 0; i < 3; i++) {
    const topic = await make.topic(payload)
    topics.push({ id: topic.id, slug: topic.slug! })
  }
  return { assemblies, speakers, organisations, topics }
}

let made = 0
async function addWins(payload: Payload, upTo: number) {
  const { assemblies, speakers, organisations, topics } = fixtures
  for (; made < upTo; made++) {
    const i = made
    const assembly = assemblies[i % 7 === 6 ? 2 : i % 2]!
    const pick = <T>(list: T[], every: number) => list.filter((_, n) => (i + n) % every === 0)
    await make.win(payload, i % 10 === 3 ? 'draft' : 'published', {
      // Some titles repeat.
      title: `${titleWords[i % titleWords.length]} win ${i % 5}`,
      slug: `tracked-win-${i}`,
      country: countries[i % countries.length],
      kind: kinds[i % kinds.length],
      level: levels[(i >> 1) % levels.length],
      // Some share a date, some have none.
      achievedOn: i % 3 === 0 ? null : `20${10 + (i % 4)}-0${1 + (i % 3)}-15T00:00:00.000Z`,
      assembly: assembly.id,
      session: assembly.session,
      presenter: speakers[i % speakers.length],
      presenterOrganisation: i % 5 === 4 ? null : organisations[i % organisations.length]!.id,
      creditedOrganisations: pick(organisations, 3).map((org) => org.id),
      topics: pick(topics, 2).map((topic) => topic.id),
    })
  }
}

// The oracle: every published win as a visitor reads it, tracked in memory.
async function inMemory(params: RawSearchParams) {
  const { docs } = await app.payload.find({
    collection: 'wins',
    overrideAccess: false,
    draft: false,
    pagination: false,
    depth: 1,
    sort: 'title',
    select: {
      title: true,
      country: true,
      kind: true,
      level: true,
      achievedOn: true,
      assembly: true,
      presenterOrganisation: true,
      // Without it the presenting organisation is withheld (lib/consent).
      presenterShowsOrganisation: true,
      creditedOrganisations: true,
      topics: true,
    },
    populate: {
      assemblies: assemblyLinkSelect,
      organisations: organisationLinkSelect,
      topics: topicLinkSelect,
    },
  })
  return trackWins(docs, parseWinQuery(params))
}

function queries(): RawSearchParams[] {
  const [alpha, beta, gamma, draft] = fixtures.organisations
  const [first, second] = fixtures.topics
  const [published, , drafted] = fixtures.assemblies
  return [
    {},
    { sort: 'title' },
    { page: '2' },
    { page: '3', sort: 'title' },
    { page: '99' },
    { country: ['BE', 'NL'] },
    { country: 'ES', kind: kinds[2]! },
    { topic: first!.slug, credited: beta!.slug },
    { topic: [first!.slug, second!.slug], level: 'national', sort: 'title' },
    { presenting: [alpha!.slug, gamma!.slug], country: ['BE', 'FR', 'IT'] },
    { year: ['2012', String(published!.year), String(drafted!.year)] },
    { credited: draft!.slug, presenting: draft!.slug },
    { country: 'PT', topic: 'no-such-topic' },
  ]
}

async function expectSameAsInMemory() {
  for (const params of queries()) {
    const { wins, ...tracking } = await trackPublishedWins(parseWinQuery(params))
    const { wins: expectedWins, ...expected } = await inMemory(params)
    expect({ params, tracking }).toEqual({ params, tracking: expected })
    expect({ params, ids: wins.map((win) => win.id) }).toEqual({
      params,
      ids: expectedWins.map((win) => win.id),
    })
  }
}

async function statementsFor(params: RawSearchParams) {
  const query = parseWinQuery(params)
  await trackPublishedWins(query)
  const { count, result } = await countQueries(() => trackPublishedWins(query))
  expect(result.wins.length).toBeGreaterThan(0)
  return count
}

const measured = [{}, { country: ['BE', 'NL'], sort: 'title' }]
const small: number[] = []

beforeAll(async () => {
  fixtures = await makeFixtures(app.payload)
  await addWins(app.payload, SMALL)
})

describe(`with ${SMALL} wins`, () => {
  it('counts, filters, sorts and pages as the in-memory tracker does', async () => {
    expect((await trackPublishedWins(parseWinQuery({}))).total).toBeLessThan(SMALL)
    await expectSameAsInMemory()
  })

  it(`reads in ${STATEMENTS} statements`, async () => {
    for (const params of measured) small.push(await statementsFor(params))
    expect(small).toEqual(measured.map(() => STATEMENTS))
  })
})

describe(`with ${LARGE} wins`, () => {
  beforeAll(() => addWins(app.payload, LARGE))

  it('counts, filters, sorts and pages as the in-memory tracker does', async () => {
    const all = await trackPublishedWins(parseWinQuery({}))
    expect(all.pageCount).toBeGreaterThan(2)
    expect(all.wins).toHaveLength(WINS_PER_PAGE)
    await expectSameAsInMemory()
  })

  it('reads in the same statements as with a few wins', async () => {
    const large: number[] = []
    for (const params of measured) large.push(await statementsFor(params))
    expect(large).toEqual(small)
  })
})
