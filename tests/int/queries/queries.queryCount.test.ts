/**
 * The number of SQL queries a page needs must not grow with what is on it: relationships are
 * populated in one batch per collection, never one query per session, contribution or speaker.
 * Each case builds a small and a large version of the same page and counts the statements that
 * reach PostgreSQL while its query runs.
 */
import { APPEARANCES_PER_PAGE } from '@/lib/queries/appearances'
import { getAssemblyByYear, getLatestAssembly } from '@/lib/queries/assemblies'
import {
  getOrganisationAppearances,
  getOrganisationBySlug,
  WINS_SHOWN,
} from '@/lib/queries/organisations'
import { getSession } from '@/lib/queries/sessions'
import {
  getSpeakerAppearances,
  getSpeakerBySlug,
  listSpeakers,
  SPEAKERS_PER_PAGE,
} from '@/lib/queries/speakers'
import { getTopicBySlug, getTopicSessions, TOPIC_WINS_SHOWN } from '@/lib/queries/topics'
import type { Assembly, Media, Organisation, Session, Speaker, Topic } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { countQueries } from '@/tests/helpers/queryCount'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

type Programme = {
  assembly: Assembly
  sessions: Session[]
  speakers: Speaker[]
  organisation: Organisation
  topic: Topic
}

/**
 * A published assembly with `sessionCount` sessions of `perSession` contributions each, every
 * contribution by a different speaker (with a photo) for one of several organisations, and a win
 * presented at every session.
 */
async function buildProgramme(sessionCount: number, perSession: number): Promise<Programme> {
  const assembly = await make.assembly(app.payload, 'published')
  const topic = await make.topic(app.payload)
  const photos: Media[] = []
  for (let i = 0; i < Math.min(sessionCount, 10); i++) {
    photos.push(await make.media(app.payload, { alt: `Portrait ${i}` }))
  }
  const organisations: Organisation[] = []
  for (let i = 0; i < Math.min(sessionCount, 10); i++) {
    organisations.push(await make.organisation(app.payload, 'published'))
  }
  const organisation = organisations[0]!
  // Each record cites one of several sources: populating them must not cost a query each.
  const sources: number[] = []
  for (let i = 0; i < Math.min(sessionCount, 10); i++) {
    sources.push((await make.source(app.payload, 'published')).id)
  }
  const cite = (i: number) => [{ source: sources[i % sources.length]!, locator: `Part ${i}` }]
  await app.payload.update({
    collection: 'assemblies',
    id: assembly.id,
    data: { citations: cite(0) },
  })
  const speakers: Speaker[] = []
  const sessions: Session[] = []
  for (let s = 0; s < sessionCount; s++) {
    const contributions = []
    for (let c = 0; c < perSession; c++) {
      const speaker = await make.speaker(app.payload, 'published', {
        role: 'Coordinator',
        organisation: organisations[(s + c) % organisations.length]!.id,
        roleRecordedIn: 2025,
        photo: photos[(s + c) % photos.length]!.id,
        citations: cite(s + c),
      })
      speakers.push(speaker)
      contributions.push({
        speaker: speaker.id,
        roleAtTheTime: `Role ${c}`,
        // Every session has someone speaking for the first organisation.
        organisationAtTheTime: (c === 0
          ? organisation
          : organisations[(s + c) % organisations.length]!
        ).id,
        citations: cite(s + c + 1),
      })
    }
    const session = await make.session(app.payload, 'published', {
      assembly: assembly.id,
      position: s + 1,
      topics: [topic.id],
      contributions,
      citations: cite(s),
    })
    sessions.push(session)
    await make.win(app.payload, 'published', {
      assembly: assembly.id,
      session: session.id,
      presenter: contributions[0]!.speaker,
      presenterOrganisation: organisation.id,
      creditedOrganisations: [organisation.id],
      topics: [topic.id],
      citations: cite(s),
    })
  }
  return { assembly, sessions, speakers, organisation, topic }
}

let small: Programme
let large: Programme
/** One person who spoke once, and one who spoke at thirty assemblies. */
let occasional: Speaker
let regular: Speaker
/** The statements of /speakers while the record has a few speakers, before the large programme. */
let fewSpeakers: { count: number; total: number }

beforeAll(async () => {
  small = await buildProgramme(3, 2)
  const { count, result } = await countQueries(() => listSpeakers(1))
  fewSpeakers = { count, total: result!.total }
  large = await buildProgramme(30, 4)

  /** A speaker with a photo and a presented win, who spoke at `times` assemblies. */
  const speakerWithAppearances = async (times: number) => {
    const photo = await make.media(app.payload, { alt: 'Portrait' })
    const speaker = await make.speaker(app.payload, 'published', {
      organisation: large.organisation.id,
      roleRecordedIn: 2025,
      photo: photo.id,
    })
    for (let i = 0; i < times; i++) {
      const assembly = await make.assembly(app.payload, 'published')
      await make.session(app.payload, 'published', {
        assembly: assembly.id,
        contributions: [
          {
            speaker: speaker.id,
            roleAtTheTime: `Role in year ${i}`,
            organisationAtTheTime: large.organisation.id,
          },
        ],
      })
      await make.win(app.payload, 'published', { assembly: assembly.id, presenter: speaker.id })
    }
    return speaker
  }
  occasional = await speakerWithAppearances(1)
  regular = await speakerWithAppearances(30)
}, 480_000)

const count = async (read: () => Promise<unknown>) => {
  const { count, result } = await countQueries(read)
  expect(result).not.toBeNull()
  return count
}

describe('SQL queries per page', () => {
  it('an assembly page needs as many queries with 30 sessions as with 3', async () => {
    const smallPage = await getAssemblyByYear(small.assembly.year)
    const largePage = await getAssemblyByYear(large.assembly.year)
    // The pages really are that size, photos and all.
    expect(smallPage?.sessions).toHaveLength(3)
    expect(largePage?.sessions).toHaveLength(30)
    expect(largePage?.wins).toHaveLength(30)
    const contributions = largePage!.sessions.flatMap((session) => session.contributions ?? [])
    expect(contributions).toHaveLength(120)
    expect(
      contributions.every(
        (item) => typeof item.speaker === 'object' && typeof item.speaker.photo === 'object',
      ),
    ).toBe(true)

    const smallCount = await count(() => getAssemblyByYear(small.assembly.year))
    const largeCount = await count(() => getAssemblyByYear(large.assembly.year))
    app.payload.logger.info(
      `Assembly page: ${smallCount} SQL queries for 3 sessions, ${largeCount} for 30`,
    )
    expect(largeCount).toBe(smallCount)
  })

  it('the home page (latest assembly) needs a fixed number of queries', async () => {
    // The latest assembly is the last one made: one of the regular speaker's twelve.
    const homeCount = await count(() => getLatestAssembly())
    const largeCount = await count(() => getAssemblyByYear(large.assembly.year))
    app.payload.logger.info(`Home page: ${homeCount} SQL queries`)
    expect(homeCount).toBeLessThanOrEqual(largeCount)
  })

  it('a session page needs as many queries with 4 contributions as with 2', async () => {
    // Each contribution's source is there to print under it.
    const largePage = await getSession(large.assembly.year, large.sessions[0]!.slug!)
    const cited = largePage!.session.contributions!.flatMap((item) => item.citations ?? [])
    expect(cited).toHaveLength(4)
    expect(cited.every((citation) => typeof citation.source === 'object')).toBe(true)
    const smallCount = await count(() => getSession(small.assembly.year, small.sessions[0]!.slug!))
    const largeCount = await count(() => getSession(large.assembly.year, large.sessions[0]!.slug!))
    app.payload.logger.info(
      `Session page: ${smallCount} SQL queries for 2 contributions, ${largeCount} for 4`,
    )
    expect(largeCount).toBe(smallCount)
  })

  it('a speaker page shows their newest 20 of 30 appearances, with as many queries as for 1', async () => {
    const onePage = await getSpeakerBySlug(occasional.slug!)
    const manyPage = await getSpeakerBySlug(regular.slug!)
    expect(onePage?.appearances.more).toBe(false)
    expect(onePage?.appearances.items).toHaveLength(1)
    expect(manyPage?.appearances.more).toBe(true)
    expect(manyPage?.appearances.items).toHaveLength(APPEARANCES_PER_PAGE)
    // Newest first: the assemblies were made a year apart, the last one latest.
    const years = manyPage!.appearances.items.map(({ assembly }) => assembly.year)
    expect(years).toEqual([...years].sort((a, b) => b - a))
    const oneCount = await count(() => getSpeakerBySlug(occasional.slug!))
    const manyCount = await count(() => getSpeakerBySlug(regular.slug!))
    app.payload.logger.info(
      `Speaker page: ${oneCount} SQL queries for 1 appearance, ${manyCount} for 30`,
    )
    expect(manyCount).toBe(oneCount)
    // The speaker, assemblies, and one each for their organisation, photo, wins, the sessions
    // (two: ids, then rows) and the organisations they spoke for; sources add one when cited.
    expect(manyCount).toBeLessThanOrEqual(8)
  })

  it("a speaker's second page of appearances holds the other 10, in a fixed number of queries", async () => {
    const second = await getSpeakerAppearances(regular.slug!, 2)
    expect(second?.appearances).toMatchObject({ page: 2, pageCount: 2, total: 30 })
    expect(second?.appearances.items).toHaveLength(10)
    const first = await getSpeakerBySlug(regular.slug!)
    const seen = [...first!.appearances.items, ...second!.appearances.items]
    expect(new Set(seen.map(({ session }) => session.id)).size).toBe(30)
    await expect(getSpeakerAppearances(regular.slug!, 3)).resolves.toBeNull()
    const oneCount = await count(() => getSpeakerAppearances(occasional.slug!, 1))
    const manyCount = await count(() => getSpeakerAppearances(regular.slug!, 2))
    app.payload.logger.info(`Speaker appearances page: ${oneCount} / ${manyCount} SQL queries`)
    expect(manyCount).toBe(oneCount)
    expect(manyCount).toBeLessThanOrEqual(6)
  })

  it('an organisation page shows 20 of 61 appearances, with as many queries as for 3', async () => {
    const smallPage = await getOrganisationBySlug(small.organisation.slug!)
    const largePage = await getOrganisationBySlug(large.organisation.slug!)
    expect(smallPage?.appearances.items).toHaveLength(3)
    // 30 sessions of the large assembly and the 31 of the two speakers above.
    expect(largePage?.appearances.more).toBe(true)
    expect(
      (await getOrganisationAppearances(large.organisation.slug!, 2))?.appearances,
    ).toMatchObject({ total: 61, pageCount: 4 })
    expect(largePage?.appearances.items).toHaveLength(APPEARANCES_PER_PAGE)
    expect(largePage?.creditedWins).toHaveLength(WINS_SHOWN)
    expect(largePage?.winTotals.credited).toBe(30)
    const smallCount = await count(() => getOrganisationBySlug(small.organisation.slug!))
    const largeCount = await count(() => getOrganisationBySlug(large.organisation.slug!))
    app.payload.logger.info(
      `Organisation page: ${smallCount} SQL queries for 3 appearances, ${largeCount} for 61`,
    )
    expect(largeCount).toBe(smallCount)
    // The organisation, assemblies, and one each for its people, wins, the sessions (two: ids,
    // then rows) and the speakers in them; its logo and sources add one each when it has them.
    expect(largeCount).toBeLessThanOrEqual(7)
    const lastCount = await count(() => getOrganisationAppearances(large.organisation.slug!, 4))
    expect(
      (await getOrganisationAppearances(large.organisation.slug!, 4))?.appearances.items,
    ).toHaveLength(1)
    app.payload.logger.info(`Organisation appearances page: ${lastCount} SQL queries`)
    expect(lastCount).toBeLessThanOrEqual(6)
  })

  it('a topic page shows 20 of 30 sessions, with as many queries as for 3', async () => {
    const largePage = await getTopicBySlug(large.topic.slug!)
    expect(largePage?.sessions).toHaveLength(APPEARANCES_PER_PAGE)
    expect(largePage).toMatchObject({ moreSessions: true, moreWins: true })
    expect(largePage?.wins).toHaveLength(TOPIC_WINS_SHOWN)
    expect((await getTopicBySlug(small.topic.slug!))?.sessions).toHaveLength(3)
    const smallCount = await count(() => getTopicBySlug(small.topic.slug!))
    const largeCount = await count(() => getTopicBySlug(large.topic.slug!))
    app.payload.logger.info(
      `Topic page: ${smallCount} SQL queries for 3 sessions, ${largeCount} for 30`,
    )
    expect(largeCount).toBe(smallCount)
    expect(largeCount).toBeLessThanOrEqual(6)
    const second = await getTopicSessions(large.topic.slug!, 2)
    expect(second?.sessions).toMatchObject({ page: 2, pageCount: 2, total: 30 })
    expect(second?.sessions.items).toHaveLength(10)
    const secondCount = await count(() => getTopicSessions(large.topic.slug!, 2))
    app.payload.logger.info(`Topic sessions page: ${secondCount} SQL queries`)
    expect(secondCount).toBeLessThanOrEqual(5)
  })

  it('/speakers needs at most 4 queries a page, with a few speakers or with more than 100', async () => {
    const first = await listSpeakers(1)
    expect(first!.total).toBeGreaterThan(100)
    expect(fewSpeakers.total).toBeLessThan(SPEAKERS_PER_PAGE)
    expect(first!.speakers).toHaveLength(SPEAKERS_PER_PAGE)
    const last = await listSpeakers(first!.pageCount)
    expect(last!.speakers.length).toBeGreaterThan(0)
    await expect(listSpeakers(first!.pageCount + 1)).resolves.toBeNull()
    const manyCount = await count(() => listSpeakers(1))
    const lastCount = await count(() => listSpeakers(first!.pageCount))
    app.payload.logger.info(
      `/speakers: ${fewSpeakers.count} SQL queries for ${fewSpeakers.total} speakers, ` +
        `${manyCount} for ${first!.total}`,
    )
    expect(manyCount).toBe(fewSpeakers.count)
    expect(lastCount).toBe(manyCount)
    // The page, its count, and the organisations and photos on it.
    expect(manyCount).toBeLessThanOrEqual(4)
  })
})
