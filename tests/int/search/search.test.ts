/**
 * Search over the seeded 2025 record: what finds what, how results rank and are highlighted, the
 * filters and their counts, pages, and queries that must not break anything.
 */
import { sql } from '@payloadcms/db-postgres'

import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { HIGHLIGHT_END, HIGHLIGHT_START, type HighlightPart } from '@/lib/search/highlight'
import { MAX_QUERY_LENGTH, parseSearchParams, searchHref } from '@/lib/search/params'
import { runSearch, SEARCH_PAGE_SIZE, type SearchResults } from '@/lib/search/query'
import { withPrefixMatching } from '@/lib/search/tsquery'
import { make } from '@/tests/helpers/factories'
import { seededAssembly } from '@/tests/helpers/seededRecord'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })
let db: SqlExecutor

beforeAll(async () => {
  db = await dbFor(app.payload)
})

const search = (params: Record<string, string | string[]>) =>
  runSearch(db, parseSearchParams(params))

function done(results: SearchResults) {
  if (results.status !== 'done') throw new Error(`expected results, got ${results.status}`)
  return results
}

const paths = (results: SearchResults) => done(results).hits.map((hit) => hit.path)
const plain = (parts: HighlightPart[]) => parts.map((part) => part.text).join('')
const marked = (parts: HighlightPart[]) =>
  parts.filter((part) => part.match).map((part) => part.text)

describe('what finds what', () => {
  it('finds the Dutch regularisation from "Surinam"', async () => {
    const results = done(await search({ q: 'Surinam' }))
    expect(paths(results)).toContain('/wins/netherlands-surinamese-regularisation')
    // The session where it was presented quotes it too.
    expect(paths(results)).toContain('/assemblies/2025/finding-hope')
    const win = results.hits.find((hit) => hit.collection === 'wins')!
    expect(marked(win.title)).toEqual(['Surinamese'])
  })

  it('finds Lucía Maquieira without the accent, her own page first', async () => {
    const results = done(await search({ q: 'Lucia Maquieira' }))
    const [first] = results.hits
    expect(first).toMatchObject({ collection: 'speakers', path: '/speakers/lucia-maquieira' })
    expect(plain(first!.title)).toBe('Lucía Maquieira')
    expect(marked(first!.title)).toEqual(['Lucía', 'Maquieira'])
    // Her role as recorded, with its year, and where that comes from.
    expect(first!.meta).toBe('Director, Red Acoge (2025)')
    expect(first!.sources).toEqual([
      'Source: Resisting an increasingly hostile environment: PICUM General Assembly 2025, PICUM — Finding hope: wins and inspirations from the network',
    ])
    // And what she presented.
    expect(paths(results)).toEqual(
      expect.arrayContaining(['/assemblies/2025/finding-hope', '/wins/spain-arraigo-reform']),
    )
  })

  it('finds the session where the Greek pushbacks judgment was mentioned, which is not a win', async () => {
    const results = done(await search({ q: 'pushbacks Greece' }))
    expect(paths(results)).toContain('/assemblies/2025/countering-hostile-narratives')
    expect(results.hits.filter((hit) => hit.collection === 'wins')).toEqual([])
    const session = results.hits.find((hit) => hit.collection === 'sessions')!
    expect(marked(session.snippet).map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['greece', 'pushbacks']),
    )
  })

  it('matches the start of a word: "regular" finds the regularisation wins', async () => {
    const results = done(await search({ q: 'regular', type: 'wins' }))
    expect(paths(results).sort()).toEqual([
      '/wins/netherlands-surinamese-regularisation',
      '/wins/spain-arraigo-reform',
      '/wins/valencia-floods-regularisation',
    ])
  })

  it('finds a win by its country in words', async () => {
    expect(paths(await search({ q: 'Switzerland', type: 'wins' }))).toEqual([
      '/wins/switzerland-dependent-partners-residence',
    ])
  })

  it('finds organisations by acronym and topics by name', async () => {
    expect(paths(await search({ q: 'BVMN', type: 'organisations' }))).toEqual([
      '/organisations/bvmn',
    ])
    expect(paths(await search({ q: 'health care', type: 'topics' }))).toContain(
      '/topics/health-care',
    )
  })

  it('understands phrases, "or" and -exclusions', async () => {
    // In that order only.
    const phrase = paths(await search({ q: '"court of human rights"' }))
    expect(phrase).toContain('/assemblies/2025/countering-hostile-narratives')
    expect(paths(await search({ q: '"rights human court"' }))).toEqual([])

    const withGreece = paths(await search({ q: 'pushbacks' }))
    const withoutGreece = paths(await search({ q: 'pushbacks -Greece' }))
    expect(withGreece).toContain('/assemblies/2025/countering-hostile-narratives')
    expect(withoutGreece).not.toContain('/assemblies/2025/countering-hostile-narratives')
    expect(withoutGreece).toContain('/topics/pushbacks-and-border-violence')

    const either = paths(await search({ q: 'Switzerland or Belgium', type: 'wins' }))
    expect(either.sort()).toEqual([
      '/wins/belgium-sex-workers-labour-law',
      '/wins/switzerland-dependent-partners-residence',
    ])
  })

  it('ranks a match in a title above one in the text', async () => {
    const results = done(await search({ q: 'regularisation' }))
    const firstBodyOnly = results.hits.findIndex((hit) => marked(hit.title).length === 0)
    const lastInTitle = results.hits.findLastIndex((hit) => marked(hit.title).length > 0)
    expect(lastInTitle).toBeGreaterThanOrEqual(0)
    expect(firstBodyOnly).toBeGreaterThan(lastInTitle)
  })
})

describe('filters, counts and pages', () => {
  it('filters by type, year and country, and counts each filter with the others applied', async () => {
    const all = done(await search({ q: 'regularisation' }))
    const types = Object.fromEntries(all.facets.types.map(({ value, count }) => [value, count]))
    expect(types.wins).toBe(3)
    expect(types.sessions).toBeGreaterThanOrEqual(1)
    expect(all.total).toBe(Object.values(types).reduce((sum, count) => sum + count, 0))
    expect(all.facets.years).toEqual([{ value: 2025, count: expect.any(Number) }])

    const spain = done(await search({ q: 'regularisation', country: 'ES' }))
    expect(spain.hits.every((hit) => hit.country === 'ES')).toBe(true)
    expect(
      Object.fromEntries(spain.facets.types.map(({ value, count }) => [value, count])),
    ).toEqual(expect.objectContaining({ wins: 2 }))
    // The country counts ignore the country filter itself: other countries stay choosable.
    expect(spain.facets.countries).toEqual(
      expect.arrayContaining([
        { value: 'ES', count: expect.any(Number) },
        { value: 'NL', count: expect.any(Number) },
      ]),
    )

    const winsOnly = done(await search({ q: 'regularisation', type: 'wins', country: 'NL' }))
    expect(paths(winsOnly)).toEqual(['/wins/netherlands-surinamese-regularisation'])
    expect(winsOnly.total).toBe(1)

    // Topics have no year: a year keeps what happened in it.
    const in2025 = done(await search({ q: 'regularisation', year: '2025' }))
    expect(in2025.total).toBe(all.total - (types.topics ?? 0))
    expect(in2025.hits.every((hit) => hit.years.includes(2025))).toBe(true)
    const elsewhen = done(await search({ q: 'regularisation', year: '2019' }))
    expect(elsewhen).toMatchObject({ total: 0, hits: [] })
    // What 2019 hides is still counted under the years that have it.
    expect(elsewhen.facets.years).toEqual(all.facets.years)
  })

  it('counts people and organisations under the years in which they took part', async () => {
    const speakers = done(await search({ q: 'Maquieira', type: 'speakers', year: '2025' }))
    expect(paths(speakers)).toEqual(['/speakers/lucia-maquieira'])
    const organisations = done(
      await search({ q: 'Red Acoge', type: 'organisations', year: '2025' }),
    )
    expect(paths(organisations)).toEqual(['/organisations/red-acoge'])
  })

  it('pages through results', async () => {
    const assembly = await seededAssembly(app.payload)
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++) {
      await make.win(app.payload, 'published', {
        title: `Paginated victory number ${i + 1}`,
        assembly: assembly.id,
      })
    }
    const first = done(await search({ q: 'paginated victory' }))
    expect(first).toMatchObject({ total: SEARCH_PAGE_SIZE + 3, page: 1, pageCount: 2 })
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE)
    const second = done(await search({ q: 'paginated victory', page: '2' }))
    expect(second.hits).toHaveLength(3)
    const seen = new Set([...first.hits, ...second.hits].map((hit) => hit.path))
    expect(seen.size).toBe(SEARCH_PAGE_SIZE + 3)
    // Past the last page: no results, but the counts still say how many there are.
    expect(done(await search({ q: 'paginated victory', page: '3' }))).toMatchObject({
      total: SEARCH_PAGE_SIZE + 3,
      hits: [],
    })
  })

  it('writes shareable addresses without empty parts', () => {
    expect(searchHref({ q: 'regular', type: 'wins', year: 2025, country: 'ES', page: 2 })).toBe(
      '/search?q=regular&type=wins&year=2025&country=ES&page=2',
    )
    expect(searchHref({ q: 'Lucía & co', type: null, page: 1 })).toBe('/search?q=Luc%C3%ADa+%26+co')
    expect(searchHref({ q: '' })).toBe('/search')
  })
})

describe('snippets', () => {
  it('marks the words found, in passages of the text', async () => {
    const results = done(await search({ q: 'Valencia floods', type: 'sessions' }))
    const [hit] = results.hits
    expect(hit?.path).toBe('/assemblies/2025/finding-hope')
    expect(marked(hit!.snippet).map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['valencia', 'floods']),
    )
    expect(plain(hit!.snippet).length).toBeLessThan(600)
    // A passage from the middle of a long text says so.
    expect(plain(hit!.snippet)).toMatch(/^… /)
  })

  it('shows a short text whole, without ellipses', async () => {
    const [hit] = done(await search({ q: 'arraigo', type: 'wins' })).hits
    expect(plain(hit!.snippet)).toMatch(/^Spain reformed its arraigo/)
    expect(plain(hit!.snippet)).toMatch(/can obtain them$/)
    expect(plain(hit!.snippet)).not.toMatch(/…/)
  })

  it('keeps markup in documents as text and strips look-alike markers', async () => {
    await make.win(app.payload, 'published', {
      title: `Markup <b>victory</b> zanzibarian ${HIGHLIGHT_START}fake${HIGHLIGHT_END}`,
    })
    const [hit] = done(await search({ q: 'zanzibarian' })).hits
    expect(plain(hit!.title)).toBe('Markup <b>victory</b> zanzibarian fake')
    expect(marked(hit!.title)).toEqual(['zanzibarian'])
  })
})

describe('queries that must not break anything', () => {
  const oddQueries = [
    '',
    '   ',
    '!!!',
    '...,;:',
    '"',
    "'",
    '-',
    '- -',
    'or',
    'the and of',
    '-Greece',
    "'; DROP TABLE search_documents; --",
    'regular); DELETE FROM search_documents WHERE (1=1',
    "a:* & b | !(c <-> 'd'",
    '\\x00 \\\\ %s %n',
    'null undefined NaN',
    '<script>alert(1)</script>',
    '🦀 émigré ñandú',
    '\u0000\u0007regular',
    'x'.repeat(5000),
    'regularisation '.repeat(400),
  ]

  it.each(oddQueries.map((q) => [JSON.stringify(q.slice(0, 40)), q]))(
    'answers %s without an error',
    async (_label, q) => {
      const results = await search({ q })
      expect(['idle', 'no-terms', 'done']).toContain(results.status)
    },
  )

  it('tells an empty query, one with nothing to look for, and a real one apart', async () => {
    expect((await search({ q: '' })).status).toBe('idle')
    expect((await search({ q: '!!!' })).status).toBe('no-terms')
    expect((await search({ q: 'the' })).status).toBe('no-terms')
    expect((await search({ q: '-Greece' })).status).toBe('no-terms')
    expect((await search({ q: 'xylophonist' })).status).toBe('done')
  })

  it('still has its index after SQL-looking queries', async () => {
    await search({ q: "'; DROP TABLE search_documents; --" })
    const { rows } = await db.execute(sql`SELECT count(*)::int AS count FROM search_documents`)
    expect(Number(rows[0]!.count)).toBeGreaterThan(30)
  })

  it('cuts very long queries and ignores malformed filters', () => {
    const long = parseSearchParams({ q: `${'é'.repeat(MAX_QUERY_LENGTH)}tail` })
    expect(Array.from(long.q)).toHaveLength(MAX_QUERY_LENGTH)
    expect(long.truncated).toBe(true)
    expect(
      parseSearchParams({
        q: ['first', 'second'],
        type: 'users',
        year: '20x5',
        country: 'zz',
        page: '-3',
      }),
    ).toEqual({
      q: 'first',
      truncated: false,
      type: null,
      year: null,
      country: null,
      page: 1,
    })
    expect(
      parseSearchParams({
        q: ' two   words ',
        type: 'wins',
        year: '2025',
        country: 'es',
        page: '99999',
      }),
    ).toMatchObject({
      q: 'two words',
      type: 'wins',
      year: 2025,
      country: 'ES',
      page: 1,
    })
  })
})

describe('prefix matching', () => {
  it.each([
    ["'regular'", "'regular':*"],
    ["'pushback' & 'greec'", "'pushback':* & 'greec':*"],
    [
      "'european' <-> 'court' & !'greec' | 'pushback'",
      "'european':* <-> 'court':* & !'greec' | 'pushback':*",
    ],
    ["!( 'human' <-> 'right' ) & 'pushback'", "!( 'human' <-> 'right' ) & 'pushback':*"],
    ["!!'greec'", "!!'greec':*"],
    ["'eu' & 'law'", "'eu' & 'law':*"],
    ["'o''brien'", "'o''brien':*"],
    ["'covid' <-> '-19'", "'covid':* <-> '-19':*"],
    ["'a':* & 'bcd':A", "'a':* & 'bcd':A"],
    ["'unterminated", "'unterminated"],
  ])('%s → %s', (input, output) => {
    expect(withPrefixMatching(input)).toBe(output)
  })

  it('always yields a tsquery PostgreSQL accepts', async () => {
    const alphabet = [
      'a',
      'é',
      "'",
      '"',
      '-',
      '!',
      '&',
      '|',
      '(',
      ')',
      ':',
      '*',
      '<',
      '>',
      ' ',
      'or',
      'the',
      '1',
      'ß',
    ]
    let seedValue = 7
    const random = () => (seedValue = (seedValue * 48271) % 2147483647) / 2147483647
    for (let i = 0; i < 200; i++) {
      const q = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('')
      const { rows } = await db.execute(
        sql`SELECT websearch_to_tsquery('picum_search', ${q})::text AS words`,
      )
      const prefix = withPrefixMatching(String(rows[0]!.words))
      await expect(db.execute(sql`SELECT ${prefix}::tsquery`)).resolves.toBeDefined()
    }
  })
})
