/**
 * The wins tracker over the seeded 2025 record (its five wins) and two wins made here, so that
 * every facet has something to narrow: each filter narrows the list to exactly the right wins,
 * filters combine, every option counts what it would show, the order is by date, and the address
 * carries all of it. "Presented for" and "Credited to" are different relations, filtered apart.
 */
import { isTaggedCollection, tagsFor, type TaggedCollection } from '@/lib/cacheTags'
import { getUnfilteredWinTracking, trackPublishedWins } from '@/lib/queries/wins'
import {
  parseWinQuery,
  trackWins,
  type TrackableWin,
  type WinFacet,
  winsHref,
  WINS_PER_PAGE,
  winYear,
} from '@/lib/wins'
import { make } from '@/tests/helpers/factories'
import { countQueries, tablesRead } from '@/tests/helpers/queryCount'
import { seededAssembly } from '@/tests/helpers/seededRecord'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })

beforeAll(async () => {
  const id = async (collection: 'organisations' | 'topics' | 'assemblies', where: object) =>
    (await app.payload.find({ collection, where: where as never, limit: 1, depth: 0 })).docs[0]!.id
  const assembly = await id('assemblies', { year: { equals: 2025 } })
  const bvmn = await id('organisations', { slug: { equals: 'bvmn' } })
  const healthCenter = await id('organisations', {
    slug: { equals: 'health-center-for-undocumented-migrants' },
  })
  // Made for these tests, not from the report: wins credited to organisations.
  await make.win(app.payload, 'published', {
    title: 'Test judgment against Greece',
    slug: 'test-judgment',
    country: 'GR',
    level: 'international',
    kind: 'court-judgment',
    assembly,
    topics: [await id('topics', { slug: { equals: 'strategic-litigation' } })],
    creditedOrganisations: [bvmn],
  })
  await make.win(app.payload, 'published', {
    title: 'Test local health policy',
    slug: 'test-local-policy',
    country: 'NO',
    level: 'local',
    kind: 'policy',
    assembly,
    topics: [await id('topics', { slug: { equals: 'health-care' } })],
    creditedOrganisations: [healthCenter, bvmn],
  })
  await make.win(app.payload, 'draft', { title: 'A draft win in Portugal', country: 'PT' })
})

const track = (params: Record<string, string | string[]>) =>
  trackPublishedWins(parseWinQuery(params))
const slugs = async (params: Record<string, string | string[]>) =>
  (await track(params)).wins.map((win) => win.slug).sort()

/** `{ ES: 2, NL: 1 }`: the options of a facet that would show something, with their counts. */
const counts = async (params: Record<string, string | string[]>, facet: WinFacet) =>
  Object.fromEntries(
    (await track(params)).facets[facet]
      .filter((option) => option.count > 0)
      .map((option) => [option.value, option.count]),
  )

describe('filters', () => {
  it('lists every published win and no draft', async () => {
    const all = await track({})
    expect(all.total).toBe(7)
    expect(all.wins.map((win) => win.title)).not.toContain('A draft win in Portugal')
    expect(all.facets.country.map((option) => option.value)).not.toContain('PT')
  })

  it.each([
    [{ country: 'ES' }, ['spain-arraigo-reform', 'valencia-floods-regularisation']],
    [{ topic: 'strategic-litigation' }, ['netherlands-surinamese-regularisation', 'test-judgment']],
    [
      { kind: 'regularisation' },
      [
        'netherlands-surinamese-regularisation',
        'spain-arraigo-reform',
        'valencia-floods-regularisation',
      ],
    ],
    [{ level: 'local' }, ['test-local-policy']],
    [{ presenting: 'red-acoge' }, ['spain-arraigo-reform', 'valencia-floods-regularisation']],
    [{ credited: 'bvmn' }, ['test-judgment', 'test-local-policy']],
    // Links made before the two relations were told apart filtered by the presenting organisation.
    [{ organisation: 'red-acoge' }, ['spain-arraigo-reform', 'valencia-floods-regularisation']],
    [{ year: '2019' }, []],
  ])('narrows by %j', async (params, expected) => {
    expect(await slugs(params)).toEqual(expected)
  })

  it('keeps everything presented in 2025 under 2025 (no win has a date of its own yet)', async () => {
    expect((await track({ year: '2025' })).total).toBe(7)
  })

  it('takes several options of one filter as alternatives', async () => {
    expect(await slugs({ country: ['ES', 'NL'] })).toHaveLength(3)
    expect(await slugs({ kind: ['court-judgment', 'policy'] })).toEqual([
      'test-judgment',
      'test-local-policy',
    ])
  })

  it('combines filters', async () => {
    expect(await slugs({ country: 'NL', kind: 'regularisation' })).toEqual([
      'netherlands-surinamese-regularisation',
    ])
    expect(await slugs({ topic: 'strategic-litigation', level: 'international' })).toEqual([
      'test-judgment',
    ])
    expect(
      await slugs({ country: ['ES', 'NL'], kind: 'regularisation', presenting: 'askv' }),
    ).toEqual(['netherlands-surinamese-regularisation'])
    expect(await slugs({ country: 'NO', credited: 'bvmn' })).toEqual(['test-local-policy'])
    expect(await slugs({ country: 'CH', kind: 'regularisation' })).toEqual([])
  })
})

describe('counts', () => {
  it('counts every option over the whole record when nothing is chosen', async () => {
    expect(await counts({}, 'country')).toEqual({ BE: 1, CH: 1, ES: 2, GR: 1, NL: 1, NO: 1 })
    expect(await counts({}, 'kind')).toEqual({
      regularisation: 3,
      'court-judgment': 1,
      'labour-rights': 1,
      legislation: 1,
      policy: 1,
    })
    expect(await counts({}, 'level')).toEqual({ national: 5, international: 1, local: 1 })
    expect((await counts({}, 'topic'))['strategic-litigation']).toBe(2)
    expect(await counts({}, 'year')).toEqual({ 2025: 7 })
    expect(await counts({}, 'presenting')).toEqual({
      'red-acoge': 2,
      utsopi: 1,
      fiz: 1,
      askv: 1,
    })
    // Presenting a win is not being credited with it: no presenting organisation is credited.
    expect(await counts({}, 'credited')).toEqual({
      bvmn: 2,
      'health-center-for-undocumented-migrants': 1,
    })
  })

  it('counts each filter with the other filters applied, and not its own', async () => {
    const params = { country: 'NL', kind: 'regularisation' }
    // Countries that have a regularisation win; kinds of win in the Netherlands.
    expect(await counts(params, 'country')).toEqual({ ES: 2, NL: 1 })
    expect(await counts(params, 'kind')).toEqual({ regularisation: 1 })
    expect(await counts(params, 'presenting')).toEqual({ askv: 1 })
    expect(await counts(params, 'credited')).toEqual({})
    expect(
      (await track(params)).facets.country.find((option) => option.value === 'NL'),
    ).toMatchObject({
      label: 'Netherlands',
      selected: true,
    })
  })

  it('names countries in words, topics and organisations by name, in alphabetical order', async () => {
    const { country, topic, presenting, credited, kind } = (await track({})).facets
    expect(country.map((option) => option.label)).toEqual([
      'Belgium',
      'Greece',
      'Netherlands',
      'Norway',
      'Spain',
      'Switzerland',
    ])
    expect(topic.find((option) => option.value === 'health-care')?.label).toBe('Health care')
    expect(presenting.map((option) => option.label)).toEqual(['ASKV', 'FiZ', 'Red Acoge', 'Utsopi'])
    expect(credited.find((option) => option.value === 'bvmn')?.label).toMatch(/\(BVMN\)$/)
    // Kinds keep the order of the schema, including those with no win yet.
    expect(kind.map((option) => option.label)).toEqual([
      'Legislation',
      'Regularisation',
      'Court judgment',
      'Policy',
      'Labour rights',
      'Other',
    ])
  })

  it('keeps a chosen country or year that has no win, and drops unknown topics and organisations', async () => {
    const result = await track({
      country: 'PT',
      year: '2019',
      topic: 'no-such-topic',
      presenting: 'nobody',
      credited: 'nobody',
    })
    expect(result.filters).toMatchObject({
      country: ['PT'],
      year: ['2019'],
      topic: [],
      presenting: [],
      credited: [],
    })
    expect(result.facets.country.find((option) => option.value === 'PT')).toEqual({
      value: 'PT',
      label: 'Portugal',
      count: 0,
      selected: true,
    })
    expect(result.total).toBe(0)
  })
})

describe('order and pages', () => {
  it('puts the newest win first and undated ones last; or sorts by title', async () => {
    const assembly = await seededAssembly(app.payload)
    await make.win(app.payload, 'published', {
      title: 'An older dated win',
      achievedOn: '2023-03-01',
      assembly: assembly.id,
    })
    await make.win(app.payload, 'published', {
      title: 'Zebra newest win',
      achievedOn: '2024-11-15',
      assembly: assembly.id,
    })
    const byDate = (await track({})).wins.map((win) => win.title)
    expect(byDate.slice(0, 2)).toEqual(['Zebra newest win', 'An older dated win'])
    // The undated ones follow by title (same assembly).
    const undated = byDate.slice(2)
    expect(undated).toEqual([...undated].sort((a, b) => a.localeCompare(b, 'en')))

    const byTitle = (await track({ sort: 'title' })).wins.map((win) => win.title)
    expect(byTitle[0]).toBe('An older dated win')
    expect(byTitle.at(-1)).toBe('Zebra newest win')

    // A dated win counts under the year it was won.
    expect((await track({ year: '2024' })).wins.map((win) => win.title)).toEqual([
      'Zebra newest win',
    ])
    expect(winYear('2024-11-15T00:00:00.000Z', 2025)).toBe(2024)
    expect(winYear(null, 2025)).toBe(2025)
    expect(winYear(undefined, null)).toBeNull()
  })

  it('pages through many wins in memory (a staff preview)', () => {
    const many: TrackableWin[] = Array.from({ length: WINS_PER_PAGE * 2 + 5 }, (_, i) => ({
      id: i + 1,
      title: `Win ${String(i + 1).padStart(3, '0')}`,
      country: 'BE',
      kind: 'policy',
      level: 'national',
      achievedOn: null,
    }))
    const page2 = trackWins(many, parseWinQuery({ sort: 'title', page: '2' }))
    expect(page2).toMatchObject({ total: many.length, page: 2, pageCount: 3 })
    expect(page2.wins[0]?.title).toBe(`Win ${String(WINS_PER_PAGE + 1).padStart(3, '0')}`)
    // Past the end: the last page.
    expect(trackWins(many, parseWinQuery({ page: '99' })).page).toBe(3)
  })
})

describe('addresses', () => {
  it('reads filters from the URL, ignoring anything malformed', () => {
    expect(
      parseWinQuery({
        country: ['es', 'NL', 'XX', 'NL'],
        kind: ['regularisation', 'victory'],
        level: 'galactic',
        year: ['2025', '25', 'abcd'],
        topic: '../etc/passwd',
        organisation: 'red-acoge',
        credited: ['bvmn', 'Not A Slug'],
        sort: 'random',
        page: '0',
      }),
    ).toEqual({
      filters: {
        country: ['ES', 'NL'],
        topic: [],
        kind: ['regularisation'],
        level: [],
        year: ['2025'],
        presenting: ['red-acoge'],
        credited: ['bvmn'],
      },
      sort: 'date',
      page: 1,
    })
  })

  it('writes the address of a state, which reads back to the same state', () => {
    const query = parseWinQuery({
      country: ['ES', 'NL'],
      kind: 'regularisation',
      sort: 'title',
      page: '2',
    })
    const href = winsHref(query)
    expect(href).toBe('/wins?country=ES&country=NL&kind=regularisation&sort=title&page=2')
    const params = new URLSearchParams(href.split('?')[1])
    const back: Record<string, string[]> = {}
    for (const [key, value] of params) (back[key] ??= []).push(value)
    expect(parseWinQuery(back)).toEqual(query)
    expect(winsHref(parseWinQuery({}))).toBe('/wins')
  })
})

describe('the tracker query', () => {
  it('brings what each card links to: presenter and their organisation, session, credits', async () => {
    const { wins } = await track({})
    const valencia = wins.find((win) => win.slug === 'valencia-floods-regularisation')!
    expect(valencia.presenter).toMatchObject({ slug: 'lucia-maquieira', name: 'Lucía Maquieira' })
    expect(valencia.presenterOrganisation).toMatchObject({ slug: 'red-acoge', name: 'Red Acoge' })
    expect(valencia.session).toMatchObject({ slug: 'finding-hope' })
    expect(valencia.assembly).toMatchObject({ year: 2025 })
    expect(valencia.creditedOrganisations).toEqual([])
    const judgment = wins.find((win) => win.slug === 'test-judgment')!
    expect(judgment.creditedOrganisations).toEqual([expect.objectContaining({ slug: 'bvmn' })])
  })

  it('is tagged with every collection it reads', async () => {
    const { statements } = await countQueries(() => track({ country: 'ES' }))
    const collections = [...tablesRead(statements)]
      .map(
        (table) =>
          ['assemblies', 'sessions', 'speakers', 'organisations', 'wins', 'topics', 'media']
            .filter((slug) => table === slug || table.startsWith(`${slug}_`))
            .sort((a, b) => b.length - a.length)[0],
      )
      .filter((slug): slug is TaggedCollection => Boolean(slug) && isTaggedCollection(slug!))
    expect(getUnfilteredWinTracking.tags).toEqual(expect.arrayContaining(tagsFor(...collections)))
  })
})
