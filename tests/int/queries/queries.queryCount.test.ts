/**
 * The number of SQL queries a page needs must not grow with what is on it: relationships are
 * populated in one batch per collection, never one query per session, contribution or speaker.
 * Each case builds a small and a large version of the same page and counts the statements that
 * reach PostgreSQL while its query runs.
 */
import { getAssemblyByYear, getLatestAssembly } from '@/lib/queries/assemblies'
import { getOrganisationBySlug } from '@/lib/queries/organisations'
import { getSession } from '@/lib/queries/sessions'
import { getSpeakerBySlug } from '@/lib/queries/speakers'
import { getTopicBySlug } from '@/lib/queries/topics'
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
/** One person who spoke once, and one who spoke at twelve assemblies. */
let occasional: Speaker
let regular: Speaker

beforeAll(async () => {
  small = await buildProgramme(3, 2)
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
  regular = await speakerWithAppearances(12)
}, 240_000)

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

  it('a speaker page needs as many queries with 12 appearances as with 1', async () => {
    const onePage = await getSpeakerBySlug(occasional.slug!)
    const manyPage = await getSpeakerBySlug(regular.slug!)
    expect(onePage?.appearances).toHaveLength(1)
    expect(manyPage?.appearances).toHaveLength(12)
    const oneCount = await count(() => getSpeakerBySlug(occasional.slug!))
    const manyCount = await count(() => getSpeakerBySlug(regular.slug!))
    app.payload.logger.info(
      `Speaker page: ${oneCount} SQL queries for 1 appearance, ${manyCount} for 12`,
    )
    expect(manyCount).toBe(oneCount)
  })

  it('an organisation page needs as many queries with 43 appearances as with 3', async () => {
    const smallPage = await getOrganisationBySlug(small.organisation.slug!)
    const largePage = await getOrganisationBySlug(large.organisation.slug!)
    expect(smallPage?.appearances).toHaveLength(3)
    // 30 sessions of the large assembly and the 13 of the two speakers above.
    expect(largePage?.appearances).toHaveLength(43)
    const smallCount = await count(() => getOrganisationBySlug(small.organisation.slug!))
    const largeCount = await count(() => getOrganisationBySlug(large.organisation.slug!))
    app.payload.logger.info(
      `Organisation page: ${smallCount} SQL queries for 3 appearances, ${largeCount} for 43`,
    )
    expect(largeCount).toBe(smallCount)
  })

  it('a topic page needs as many queries with 30 sessions as with 3', async () => {
    const smallCount = await count(() => getTopicBySlug(small.topic.slug!))
    const largeCount = await count(() => getTopicBySlug(large.topic.slug!))
    app.payload.logger.info(
      `Topic page: ${smallCount} SQL queries for 3 sessions, ${largeCount} for 30`,
    )
    expect(largeCount).toBe(smallCount)
  })
})
