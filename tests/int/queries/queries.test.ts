/**
 * Every read of the public site (lib/queries) against real PostgreSQL: what is published shows,
 * drafts, unpublished documents and whatever hangs off them do not, and each query is cached
 * under the tag of every collection it reads.
 */
import { isTaggedCollection, tagsFor, type TaggedCollection } from '@/lib/cacheTags'
import { populated } from '@/lib/populated'
import { getAssemblyByYear, getLatestAssembly, listAssemblies } from '@/lib/queries/assemblies'
import {
  getOrganisationAppearances,
  getOrganisationBySlug,
  listOrganisations,
} from '@/lib/queries/organisations'
import { getSession, listSessionAddresses } from '@/lib/queries/sessions'
import {
  getSpeakerAppearances,
  getSpeakerBySlug,
  listSpeakerAddresses,
  listSpeakers,
} from '@/lib/queries/speakers'
import { getTopicBySlug, getTopicSessions, listTopics } from '@/lib/queries/topics'
import { getWinBySlug, listWins } from '@/lib/queries/wins'
import { recordCollections } from '@/lib/record/registry'
import { shownCitations } from '@/lib/sources'
import type { Assembly, Organisation, Session, Source, Speaker, Topic, Win } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { countQueries, tablesRead } from '@/tests/helpers/queryCount'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

/** The record under test: two published assemblies, a draft one, and drafts all around. */
const r = {} as {
  orgA: Organisation
  orgB: Organisation
  orgDraft: Organisation
  source: Source
  draftSource: Source
  speaker: Speaker
  colleague: Speaker
  draftSpeaker: Speaker
  colleagueDraft: Speaker
  unpublishedSpeaker: Speaker
  first: Assembly
  second: Assembly
  draftAssembly: Assembly
  opening: Session
  closing: Session
  later: Session
  draftSession: Session
  sessionOfDraftAssembly: Session
  topic: Topic
  win: Win
  laterWin: Win
  draftWin: Win
}

const contribution = (speaker: Speaker, role: string, organisation?: Organisation) => ({
  speaker: speaker.id,
  roleAtTheTime: role,
  organisationAtTheTime: organisation?.id,
})

beforeAll(async () => {
  r.orgA = await make.organisation(app.payload, 'published', {
    name: 'Alpha Network',
    country: 'BE',
  })
  r.orgB = await make.organisation(app.payload, 'published', { name: 'Beta Alliance' })
  r.orgDraft = await make.organisation(app.payload, 'draft', { name: 'Draft Collective' })
  r.source = await make.source(app.payload, 'published', {
    title: 'The published report',
    year: 2024,
  })
  r.draftSource = await make.source(app.payload, 'draft', { title: 'A report still in draft' })
  const cited = [
    { source: r.source.id, locator: 'Part one' },
    { source: r.draftSource.id, locator: 'Part two' },
  ]
  r.speaker = await make.speaker(app.payload, 'published', {
    name: 'Ana Example',
    role: 'Director',
    organisation: r.orgB.id,
    roleRecordedIn: 2024,
    citations: cited,
  })
  r.colleague = await make.speaker(app.payload, 'published', {
    name: 'Colm Colleague',
    organisation: r.orgA.id,
    roleRecordedIn: 2024,
  })
  r.colleagueDraft = await make.speaker(app.payload, 'draft', {
    name: 'Hidden Colleague',
    organisation: r.orgA.id,
  })
  r.draftSpeaker = await make.speaker(app.payload, 'draft', { name: 'Dora Draft' })
  r.unpublishedSpeaker = await make.speaker(app.payload, 'published', { name: 'Una Unpublished' })
  await app.payload.update({
    collection: 'speakers',
    id: r.unpublishedSpeaker.id,
    data: { _status: 'draft' },
  })
  r.topic = await make.topic(app.payload)

  r.first = await make.assembly(app.payload, 'published', {
    theme: 'The first theme',
    citations: cited,
  })
  r.second = await make.assembly(app.payload, 'published', { theme: 'The second theme' })
  r.draftAssembly = await make.assembly(app.payload, 'draft', { theme: 'Not yet public' })

  /** The session at `position` in an assembly's programme. */
  const session = (
    assembly: Assembly,
    position: number,
    title: string,
    status: 'published' | 'draft',
    extra: Record<string, unknown> = {},
  ) => make.session(app.payload, status, { assembly: assembly.id, position, title, ...extra })
  r.opening = await session(r.first, 1, 'Opening plenary', 'published', {
    topics: [r.topic.id],
    citations: cited,
    contributions: [
      { ...contribution(r.speaker, 'Researcher', r.orgA), citations: cited },
      contribution(r.draftSpeaker, 'Secret role', r.orgA),
      contribution(r.colleague, 'Organiser', r.orgA),
    ],
  })
  r.closing = await session(r.first, 2, 'Closing panel', 'published')
  r.later = await session(r.second, 1, 'A later session', 'published', {
    contributions: [contribution(r.speaker, 'Director', r.orgB)],
  })
  r.draftSession = await session(r.second, 2, 'Draft session', 'draft', {
    topics: [r.topic.id],
    contributions: [contribution(r.speaker, 'Ghost role', r.orgA)],
  })
  r.sessionOfDraftAssembly = await session(
    r.draftAssembly,
    1,
    'Session of a draft assembly',
    'published',
    {
      topics: [r.topic.id],
      contributions: [contribution(r.speaker, 'Future role', r.orgA)],
    },
  )

  r.win = await make.win(app.payload, 'published', {
    title: 'A published win',
    assembly: r.first.id,
    session: r.opening.id,
    presenter: r.speaker.id,
    presenterOrganisation: r.orgB.id,
    creditedOrganisations: [r.orgA.id, r.orgDraft.id],
    topics: [r.topic.id],
    figures: [{ value: 25000, label: 'people' }],
    citations: cited,
  })
  r.laterWin = await make.win(app.payload, 'published', {
    title: 'A later win',
    assembly: r.second.id,
    presenter: r.draftSpeaker.id,
  })
  r.draftWin = await make.win(app.payload, 'draft', {
    title: 'A draft win',
    assembly: r.first.id,
    session: r.opening.id,
    presenter: r.speaker.id,
    creditedOrganisations: [r.orgA.id],
    topics: [r.topic.id],
  })
  await app.payload.update({
    collection: 'organisations',
    id: r.orgA.id,
    data: { citations: cited },
  })
})

/** What a page prints under a record: "Source: …" lines of the published sources only. */
const sourceTitles = (citations: Parameters<typeof shownCitations>[0]) =>
  shownCitations(citations).map(({ source, locator }) => `${source.title} — ${locator}`)

const ids = (docs: { id: number }[]) => docs.map((doc) => doc.id)

/** A change saved as a draft over the published version, as staff save one before publishing. */
const saveDraft = (
  collection: 'assemblies' | 'speakers',
  id: number,
  data: Partial<Assembly> | Partial<Speaker>,
) => app.payload.update({ collection, id, data: data as never, draft: true })

describe('assemblies', () => {
  it('lists published assemblies, newest first, without drafts', async () => {
    const assemblies = await listAssemblies()
    expect(ids(assemblies)).toEqual([r.second.id, r.first.id])
  })

  it('reads one assembly with its published sessions in order and its published wins', async () => {
    const page = await getAssemblyByYear(r.first.year)
    expect(page?.assembly.theme).toBe('The first theme')
    expect(page?.sessions.map((session) => session.title)).toEqual([
      'Opening plenary',
      'Closing panel',
    ])
    const speakers = page!.sessions[0]!.contributions!.map(
      (item) => populated(item.speaker)?.name ?? null,
    )
    // The draft speaker's contribution is there but the person is not: only their id came back.
    expect(speakers).toEqual(['Ana Example', null, 'Colm Colleague'])
    expect(populated(page!.sessions[0]!.contributions![0]!.organisationAtTheTime)?.name).toBe(
      'Alpha Network',
    )
    expect(ids(page!.wins)).toEqual([r.win.id])
    expect(sourceTitles(page!.assembly.citations)).toEqual(['The published report — Part one'])
  })

  it('has no page for a draft assembly or a year without one', async () => {
    await expect(getAssemblyByYear(r.draftAssembly.year)).resolves.toBeNull()
    await expect(getAssemblyByYear(1999)).resolves.toBeNull()
  })

  it('puts the latest published assembly on the home page, not a newer draft', async () => {
    const latest = await getLatestAssembly()
    expect(latest?.assembly.id).toBe(r.second.id)
    expect(latest?.sessions.map((session) => session.title)).toEqual(['A later session'])
  })

  it('shows the published version of an assembly that has a newer draft', async () => {
    await saveDraft('assemblies', r.first.id, { theme: 'An unpublished rewrite' })
    const page = await getAssemblyByYear(r.first.year)
    expect(page?.assembly.theme).toBe('The first theme')
  })
})

describe('sessions', () => {
  it('reads a session with every contribution, its wins and its neighbours', async () => {
    const page = await getSession(r.first.year, r.opening.slug!)
    expect(page?.session.title).toBe('Opening plenary')
    expect(page?.assembly.id).toBe(r.first.id)
    const first = page!.session.contributions![0]!
    expect(populated(first.speaker)?.name).toBe('Ana Example')
    expect(first.roleAtTheTime).toBe('Researcher')
    expect(populated(first.organisationAtTheTime)?.slug).toBe(r.orgA.slug)
    expect(page!.session.topics!.map((topic) => populated(topic)?.name)).toEqual([r.topic.name])
    expect(ids(page!.wins)).toEqual([r.win.id])
    expect(page?.previous).toBeNull()
    expect(page?.next?.title).toBe('Closing panel')
    // Sources as the public may see them: the unpublished one comes back as its id only.
    expect(sourceTitles(page!.session.citations)).toEqual(['The published report — Part one'])
    expect(sourceTitles(first.citations)).toEqual(['The published report — Part one'])
    expect(first.citations!.map((citation) => typeof citation.source)).toEqual(['object', 'number'])
  })

  it('has no page for a draft session or a session of a draft assembly', async () => {
    await expect(getSession(r.second.year, r.draftSession.slug!)).resolves.toBeNull()
    await expect(
      getSession(r.draftAssembly.year, r.sessionOfDraftAssembly.slug!),
    ).resolves.toBeNull()
    // A session's address is its assembly's year and its slug together.
    await expect(getSession(r.second.year, r.opening.slug!)).resolves.toBeNull()
  })

  it('lists the addresses of published sessions of published assemblies only', async () => {
    const addresses = await listSessionAddresses()
    expect(addresses.map(({ year, slug }) => `${year}/${slug}`).sort()).toEqual(
      [
        `${r.first.year}/${r.opening.slug}`,
        `${r.first.year}/${r.closing.slug}`,
        `${r.second.year}/${r.later.slug}`,
      ].sort(),
    )
  })
})

describe('speakers', () => {
  it('lists published speakers A to Z with their organisation and the year it was recorded', async () => {
    const found = await listSpeakers()
    const speakers = found!.speakers
    expect(speakers.map((speaker) => speaker.name)).toEqual(['Ana Example', 'Colm Colleague'])
    expect(populated(speakers[0]!.organisation)?.name).toBe('Beta Alliance')
    expect(speakers[0]!.roleRecordedIn).toBe(2024)
  })

  it('counts only published speakers in the pages of /speakers, and has no page past the last', async () => {
    // Dora Draft (never published) and Una Unpublished are in the table, not in the count.
    expect(await listSpeakers(1)).toMatchObject({ page: 1, pageCount: 1, total: 2 })
    await expect(listSpeakers(2)).resolves.toBeNull()
    expect((await listSpeakerAddresses()).map((speaker) => speaker.slug)).toEqual([
      r.speaker.slug,
      r.colleague.slug,
    ])
  })

  it('reads every appearance across two assemblies, each with the role held then', async () => {
    const page = await getSpeakerBySlug(r.speaker.slug!)
    expect(page?.speaker.role).toBe('Director')
    expect(sourceTitles(page!.speaker.citations)).toEqual(['The published report — Part one'])
    expect(
      page?.appearances.items.map(({ assembly, session, roles }) => ({
        year: assembly.year,
        session: session.title,
        roles: roles.map(({ role, organisation }) => `${role} at ${organisation?.name}`),
      })),
    ).toEqual([
      { year: r.second.year, session: 'A later session', roles: ['Director at Beta Alliance'] },
      { year: r.first.year, session: 'Opening plenary', roles: ['Researcher at Alpha Network'] },
    ])
    // Their draft win is not among the wins they presented.
    expect(ids(page!.wins)).toEqual([r.win.id])
  })

  it('counts neither a draft session nor a session of a draft assembly among their appearances', async () => {
    const page = await getSpeakerBySlug(r.speaker.slug!)
    expect(page?.appearances.more).toBe(false)
    expect(page?.appearances.items).toHaveLength(2)
    // The later pages read the same sessions: page 1 holds them all, page 2 does not exist.
    const first = await getSpeakerAppearances(r.speaker.slug!, 1)
    expect(first?.appearances.total).toBe(2)
    expect(first?.appearances.items.map(({ session }) => session.title)).toEqual([
      'A later session',
      'Opening plenary',
    ])
    await expect(getSpeakerAppearances(r.speaker.slug!, 2)).resolves.toBeNull()
    await expect(getSpeakerAppearances(r.draftSpeaker.slug!, 1)).resolves.toBeNull()
  })

  it('has no page for a draft or an unpublished speaker', async () => {
    await expect(getSpeakerBySlug(r.draftSpeaker.slug!)).resolves.toBeNull()
    await expect(getSpeakerBySlug(r.unpublishedSpeaker.slug!)).resolves.toBeNull()
    await expect(getSpeakerBySlug('nobody-at-all')).resolves.toBeNull()
  })

  it('shows the published name while a renamed draft waits', async () => {
    await saveDraft('speakers', r.colleague.id, { name: 'Draft rename' })
    expect((await getSpeakerBySlug(r.colleague.slug!))?.speaker.name).toBe('Colm Colleague')
    expect((await listSpeakers())!.speakers.map((speaker) => speaker.name)).not.toContain(
      'Draft rename',
    )
  })
})

describe('organisations', () => {
  it('lists published organisations only', async () => {
    const names = (await listOrganisations()).map((org) => org.name)
    expect(names).toEqual(['Alpha Network', 'Beta Alliance'])
  })

  it('reads its people, the sessions someone spoke for it in, and its published wins by relation', async () => {
    const page = await getOrganisationBySlug(r.orgA.slug!)
    expect(page?.people.map((person) => person.name)).toEqual(['Colm Colleague'])
    expect(
      page?.appearances.items.map(({ assembly, session, speakers }) => ({
        year: assembly.year,
        session: session.title,
        speakers: speakers.map(({ speaker, role }) => `${speaker.name} (${role})`),
      })),
    ).toEqual([
      {
        year: r.first.year,
        session: 'Opening plenary',
        speakers: ['Ana Example (Researcher)', 'Colm Colleague (Organiser)'],
      },
    ])
    // Credited with the published win (not the draft one); its people presented none.
    expect(ids(page!.creditedWins)).toEqual([r.win.id])
    expect(page!.presentedWins).toEqual([])
    expect(sourceTitles(page!.organisation.citations)).toEqual(['The published report — Part one'])
    // Beta Alliance presented it, through Ana Example, and is credited with nothing.
    const presenting = await getOrganisationBySlug(r.orgB.slug!)
    expect(ids(presenting!.presentedWins)).toEqual([r.win.id])
    expect(presenting!.creditedWins).toEqual([])
  })

  it('counts only published sessions of published assemblies among its appearances', async () => {
    // Opening plenary once, though three contributions name the organisation.
    expect((await getOrganisationBySlug(r.orgA.slug!))?.appearances).toMatchObject({
      items: [expect.objectContaining({ session: expect.objectContaining({ id: r.opening.id }) })],
      more: false,
    })
    expect((await getOrganisationBySlug(r.orgA.slug!))?.winTotals).toEqual({
      presented: 0,
      credited: 1,
    })
    const first = await getOrganisationAppearances(r.orgA.slug!, 1)
    expect(first?.appearances.items.map(({ session }) => session.title)).toEqual([
      'Opening plenary',
    ])
    expect(first?.appearances.total).toBe(1)
    await expect(getOrganisationAppearances(r.orgA.slug!, 2)).resolves.toBeNull()
    await expect(getOrganisationAppearances(r.orgDraft.slug!, 1)).resolves.toBeNull()
  })

  it('has no page for a draft organisation', async () => {
    await expect(getOrganisationBySlug(r.orgDraft.slug!)).resolves.toBeNull()
  })
})

describe('wins', () => {
  it('lists published wins, most recent assembly first', async () => {
    expect(ids(await listWins())).toEqual([r.laterWin.id, r.win.id])
  })

  it('reads a win with its figures and links, leaving out what is not published', async () => {
    const win = await getWinBySlug(r.win.slug!)
    expect(win?.figures?.map((figure) => figure.value)).toEqual([25000])
    expect(populated(win!.presenter)?.name).toBe('Ana Example')
    expect(populated(win!.session)?.title).toBe('Opening plenary')
    expect(populated(win!.presenterOrganisation)?.name).toBe('Beta Alliance')
    expect(win!.creditedOrganisations!.map((org) => populated(org)?.name ?? null)).toEqual([
      'Alpha Network',
      null,
    ])
    expect(sourceTitles(win!.citations)).toEqual(['The published report — Part one'])
    const later = await getWinBySlug(r.laterWin.slug!)
    expect(populated(later!.presenter)).toBeNull()
  })

  it('has no page for a draft win', async () => {
    await expect(getWinBySlug(r.draftWin.slug!)).resolves.toBeNull()
  })
})

describe('topics', () => {
  it('lists topics', async () => {
    expect((await listTopics()).map((topic) => topic.slug)).toEqual([r.topic.slug])
  })

  it('reads the published sessions of published assemblies and the published wins on a topic', async () => {
    const page = await getTopicBySlug(r.topic.slug!)
    expect(page?.sessions.map((session) => session.title)).toEqual(['Opening plenary'])
    expect(page?.sessions[0]?.assembly.year).toBe(r.first.year)
    expect(ids(page!.wins)).toEqual([r.win.id])
    expect(page).toMatchObject({ moreSessions: false, moreWins: false })
    await expect(getTopicBySlug('no-such-topic')).resolves.toBeNull()
  })

  it('pages its sessions without the draft session or the session of a draft assembly', async () => {
    const first = await getTopicSessions(r.topic.slug!, 1)
    expect(first?.sessions.items.map((session) => session.title)).toEqual(['Opening plenary'])
    expect(first?.sessions).toMatchObject({ page: 1, pageCount: 1, total: 1 })
    await expect(getTopicSessions(r.topic.slug!, 2)).resolves.toBeNull()
    await expect(getTopicSessions('no-such-topic', 1)).resolves.toBeNull()
  })
})

describe('cache tags', () => {
  /** `sessions_contributions` → sessions; tables of other collections are ignored. */
  const collectionOf = (table: string): TaggedCollection | null => {
    const match = [...recordCollections]
      .filter((slug) => table === slug || table.startsWith(`${slug}_`))
      .sort((a, b) => b.length - a.length)[0]
    return match && isTaggedCollection(match) ? match : null
  }

  const reads: [string, { tags: readonly string[] }, () => Promise<unknown>][] = [
    ['listAssemblies', listAssemblies, () => listAssemblies()],
    ['getAssemblyByYear', getAssemblyByYear, () => getAssemblyByYear(r.first.year)],
    ['getLatestAssembly', getLatestAssembly, () => getLatestAssembly()],
    ['getSession', getSession, () => getSession(r.first.year, r.opening.slug!)],
    ['listSessionAddresses', listSessionAddresses, () => listSessionAddresses()],
    ['listSpeakers', listSpeakers, () => listSpeakers()],
    ['listSpeakerAddresses', listSpeakerAddresses, () => listSpeakerAddresses()],
    ['getSpeakerBySlug', getSpeakerBySlug, () => getSpeakerBySlug(r.speaker.slug!)],
    [
      'getSpeakerAppearances',
      getSpeakerAppearances,
      () => getSpeakerAppearances(r.speaker.slug!, 1),
    ],
    ['listOrganisations', listOrganisations, () => listOrganisations()],
    ['getOrganisationBySlug', getOrganisationBySlug, () => getOrganisationBySlug(r.orgA.slug!)],
    [
      'getOrganisationAppearances',
      getOrganisationAppearances,
      () => getOrganisationAppearances(r.orgA.slug!, 1),
    ],
    ['listWins', listWins, () => listWins()],
    ['getWinBySlug', getWinBySlug, () => getWinBySlug(r.win.slug!)],
    ['listTopics', listTopics, () => listTopics()],
    ['getTopicBySlug', getTopicBySlug, () => getTopicBySlug(r.topic.slug!)],
    ['getTopicSessions', getTopicSessions, () => getTopicSessions(r.topic.slug!, 1)],
  ]

  it.each(reads)('%s is tagged with every collection it reads', async (_name, query, run) => {
    const { statements } = await countQueries(run)
    const collections = [...tablesRead(statements)]
      .map(collectionOf)
      .filter((slug): slug is TaggedCollection => slug !== null)
    expect(collections.length).toBeGreaterThan(0)
    expect(query.tags).toEqual(expect.arrayContaining(tagsFor(...collections)))
  })
})
