/**
 * The home, assembly, session and win pages read each collection once (the assembly page its
 * sessions twice: the summaries at the depth their internal links need), whatever the size of the
 * programme: speakers and organisations named in contributions and as win presenters come in one
 * batch each. Each page is read at two scales and its SQL statements counted; the exact number is
 * asserted so that a read added by mistake shows.
 */
import { populated } from '@/lib/populated'
import { getAssemblyByYear, getLatestAssembly } from '@/lib/queries/assemblies'
import { getSession } from '@/lib/queries/sessions'
import { getWinBySlug } from '@/lib/queries/wins'
import type {
  Assembly,
  Media,
  Organisation,
  Session,
  Source,
  Speaker,
  Topic,
  Win,
} from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { countQueries, tablesRead } from '@/tests/helpers/queryCount'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

type Programme = {
  assembly: Assembly
  sessions: Session[]
  win: Win
  /** A published speaker who presented a win without speaking at the assembly. */
  guest: Speaker
  /** An unpublished speaker with a contribution in the first session. */
  hidden: Speaker
}

/**
 * A published assembly (hero image, cited source) with `sessionCount` sessions of `perSession`
 * contributions, each by a speaker with a photo, speaking for one of several organisations, with
 * topics and sources cited; a win presented at every session by its first speaker, and one more
 * presented by a guest who did not speak.
 */
async function buildProgramme(sessionCount: number, perSession: number): Promise<Programme> {
  const { payload } = app
  const spread = Math.min(sessionCount, 6)
  const photos: Media[] = []
  const organisations: Organisation[] = []
  const sources: Source[] = []
  const topics: Topic[] = []
  for (let i = 0; i < spread; i++) {
    photos.push(await make.media(payload, { alt: `Portrait ${i}` }))
    organisations.push(await make.organisation(payload, 'published'))
    sources.push(await make.source(payload, 'published'))
    topics.push(await make.topic(payload))
  }
  const pick = <T>(list: T[], i: number): T => list[i % list.length]!
  const cite = (i: number) => [{ source: pick(sources, i).id, locator: `Part ${i}` }]
  const hero = await make.media(payload, { alt: 'The hall' })
  const assembly = await make.assembly(payload, 'published', {
    heroImage: hero.id,
    citations: cite(0),
  })
  const hidden = await make.speaker(payload, 'draft', { photo: photos[0]!.id })
  const guest = await make.speaker(payload, 'published', { photo: photos[0]!.id })

  const sessions: Session[] = []
  let win: Win | undefined
  for (let s = 0; s < sessionCount; s++) {
    const contributions = []
    for (let c = 0; c < perSession; c++) {
      const speaker = await make.speaker(payload, 'published', { photo: pick(photos, s + c).id })
      contributions.push({
        speaker: speaker.id,
        roleAtTheTime: `Role ${c}`,
        organisationAtTheTime: pick(organisations, s + c).id,
        citations: cite(s + c),
      })
    }
    if (s === 0) contributions.push({ speaker: hidden.id, roleAtTheTime: 'Hidden' })
    const session = await make.session(payload, 'published', {
      assembly: assembly.id,
      position: s + 1,
      topics: [pick(topics, s).id, pick(topics, s + 1).id],
      contributions,
      citations: cite(s),
    })
    sessions.push(session)
    const presented = await make.win(payload, 'published', {
      assembly: assembly.id,
      session: session.id,
      presenter: contributions[0]!.speaker,
      presenterOrganisation: contributions[0]!.organisationAtTheTime,
      creditedOrganisations: organisations.slice(0, s + 1).map((org) => org.id),
      topics: topics.slice(0, s + 1).map((topic) => topic.id),
      citations: cite(s),
    })
    win ??= presented
  }
  await make.win(payload, 'published', {
    assembly: assembly.id,
    presenter: guest.id,
    presenterOrganisation: pick(organisations, 1).id,
  })
  return { assembly, sessions, win: win!, guest, hidden }
}

let small: Programme
let large: Programme
/** The home page's statements while the small assembly was the latest. */
let homeWhenSmall: number

const count = async (read: () => Promise<unknown>) => {
  const { count, result, statements } = await countQueries(read)
  expect(result).not.toBeNull()
  const reading = (table: string) => statements.filter((sql) => tablesRead([sql]).has(table))
  return { count, reading }
}

beforeAll(async () => {
  small = await buildProgramme(2, 2)
  expect((await getLatestAssembly())?.assembly.id).toBe(small.assembly.id)
  homeWhenSmall = (await count(() => getLatestAssembly())).count
  large = await buildProgramme(20, 4)
}, 240_000)

describe('SQL statements per record page', () => {
  it('home: 8 (assembly, its sources, hero image, sessions, wins, speakers, organisations, photos) at either size', async () => {
    const page = await getLatestAssembly()
    expect(page?.assembly.id).toBe(large.assembly.id)
    expect(page?.sessions).toHaveLength(20)
    const { count: homeWhenLarge, reading } = await count(() => getLatestAssembly())
    expect(homeWhenSmall).toBe(8)
    expect(homeWhenLarge).toBe(8)
    // The home page shows no summaries: the sessions are read once, and so are the speakers.
    expect(reading('sessions')).toHaveLength(1)
    expect(reading('speakers')).toHaveLength(1)
    expect(reading('organisations')).toHaveLength(1)
  })

  it('assembly: 9 at either size, and every speaker and presenter populated from one read', async () => {
    const smallPage = await getAssemblyByYear(small.assembly.year)
    const largePage = await getAssemblyByYear(large.assembly.year)
    expect(largePage?.sessions).toHaveLength(20)
    expect(largePage?.wins).toHaveLength(21)
    const contributions = largePage!.sessions.flatMap((session) => session.contributions ?? [])
    expect(contributions).toHaveLength(81)
    // Every published speaker has their photo; the unpublished one stays a bare id.
    const shown = contributions.flatMap((item) => populated(item.speaker) ?? [])
    expect(shown).toHaveLength(80)
    expect(shown.every((speaker) => typeof speaker.photo === 'object')).toBe(true)
    expect(contributions.map((item) => item.speaker)).toContain(large.hidden.id)
    // The guest presenter, who did not speak, is read with the speakers.
    const guestWin = largePage!.wins.find((win) => populated(win.presenter)?.id === large.guest.id)
    expect(populated(guestWin?.presenter)?.name).toBe(large.guest.name)
    expect(largePage!.wins.every((win) => populated(win.presenterOrganisation))).toBe(true)
    expect(largePage!.sessions.every((session) => session.summary)).toBe(true)
    expect(populated(largePage!.assembly.heroImage)?.alt).toBe('The hall')
    expect(smallPage?.sessions).toHaveLength(2)

    const smallCount = await count(() => getAssemblyByYear(small.assembly.year))
    const largeCount = await count(() => getAssemblyByYear(large.assembly.year))
    expect(smallCount.count).toBe(9)
    expect(largeCount.count).toBe(9)
  })

  it('session: 9 (assembly, session, programme, topics, speakers, organisations, sources, photos, wins) at either size', async () => {
    const page = await getSession(large.assembly.year, large.sessions[0]!.slug!)
    expect(page?.session.contributions).toHaveLength(5)
    // The win's presenter spoke at the session: their document is the one read for it.
    expect(populated(page?.wins[0]?.presenter)?.name).toBeTruthy()
    expect(populated(page?.wins[0]?.presenterOrganisation)?.name).toBeTruthy()
    expect(page?.next?.slug).toBe(large.sessions[1]!.slug)

    const smallCount = await count(() => getSession(small.assembly.year, small.sessions[0]!.slug!))
    const largeCount = await count(() => getSession(large.assembly.year, large.sessions[0]!.slug!))
    expect(smallCount.count).toBe(9)
    expect(largeCount.count).toBe(9)
  })

  it('win: 8 (win, assembly, session, presenter, organisations, topics, sources, photo) at either size', async () => {
    // The small programme's first win credits one organisation and one topic; the win of the
    // large programme's last session credits six of each.
    const fewer = await getWinBySlug(small.win.slug!)
    expect(typeof populated(fewer?.presenter)?.photo).toBe('object')
    const manySlug = (
      await app.payload.find({
        collection: 'wins',
        where: { session: { equals: large.sessions[19]!.id } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]!.slug!
    const many = await getWinBySlug(manySlug)
    expect(many?.creditedOrganisations).toHaveLength(6)
    expect(many?.topics).toHaveLength(6)

    const fewerCount = await count(() => getWinBySlug(small.win.slug!))
    const manyCount = await count(() => getWinBySlug(manySlug))
    expect(fewerCount.count).toBe(8)
    expect(manyCount.count).toBe(8)
    // The session's other speakers are not read: only the presenter's role is looked up there.
    const session = populated(many?.session)
    expect(session?.contributions?.every((item) => typeof item.speaker === 'number')).toBe(true)
  })
})
