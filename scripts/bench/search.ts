// `npm run bench:search [-- --docs=12000 --runs=40]`: prints figures, not a test; `npm run bench`
// uses benchSearch for its figure 5.
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

import { sql } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'

import type { SqlExecutor } from '@/lib/compat/payload'
import { COUNTRY_CODES, countryName } from '@/lib/countries'
import { type EmbeddedPostgres, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { refKey, type SearchCollection } from '@/lib/search/collections'
import type { SearchRow } from '@/lib/search/documents'
import { writeSearchRows } from '@/lib/search/indexer'
import { parseSearchParams } from '@/lib/search/params'
import { runSearch } from '@/lib/search/query'
import { ensureSearchSchema } from '@/lib/search/schema'
import { seedData } from '@/seed/data'

const WARM_UPS = 3

// Repeatable, so two runs index the same documents.
let state = 20250613
const random = () => {
  state = (state * 48271) % 2147483647
  return state / 2147483647
}
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!

// Zipf's law: the record's own words most common, then made-up words, as a growing record brings
// names and terms of its own.
const vocabulary = (() => {
  const counts = new Map<string, number>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of value.match(/[\p{L}’'-]{3,}/gu) ?? [])
        counts.set(word, (counts.get(word) ?? 0) + 1)
    } else if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  collect(seedData)
  const known = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word)
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ra',
    'ten',
    'vo',
    'sul',
    'dre',
    'an',
    'po',
    'gri',
    'ne',
    'tas',
    'bel',
    'or',
  ]
  const invented = Array.from({ length: 30_000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
  )
  return [...known, ...invented]
})()

const zipf = (() => {
  let total = 0
  return vocabulary.map((_, rank) => (total += 1 / (rank + 1)))
})()

function word(): string {
  const target = random() * zipf.at(-1)!
  let low = 0
  let high = zipf.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (zipf[middle]! < target) low = middle + 1
    else high = middle
  }
  return vocabulary[low]!
}

const firstNames = [
  'Lucía',
  'María',
  'José',
  'Ana',
  'Fatima',
  'Jean',
  'Zoë',
  'Søren',
  'Łukasz',
  'Ioana',
  'Chiara',
  'Niamh',
  'Aarti',
  'Helena',
  'Emilio',
  'Janneke',
  'Kwame',
  'Olga',
  'Mehmet',
  'Inès',
]
const lastNames = [
  'Maquieira',
  'Diallo',
  'García',
  'Müller',
  'Nowak',
  'Rossi',
  'Papadopoulos',
  'Ó Súilleabháin',
  'Şahin',
  'Kovačević',
  'Narsee',
  'Olea',
  'Wijman',
  'Osum',
  'Näsholm',
  'Kraler',
  'Puccio',
  'Strik',
  'Mensah',
  'Dubois',
]
const countries = COUNTRY_CODES.filter((code) =>
  /^(AT|BE|BG|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK|MA|SN|TR|US|MX)$/.test(
    code,
  ),
)

const sentence = (words: number) => {
  const text = Array.from({ length: words }, word).join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}
const paragraph = (sentences: number) =>
  Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 14))).join(' ')
const personName = () => `${pick(firstNames)} ${pick(lastNames)}`
const yearOf = () => 2001 + Math.floor(random() * 25)

const mix: Array<[SearchCollection, number]> = [
  ['assemblies', 0.003],
  ['topics', 0.01],
  ['sessions', 0.17],
  ['organisations', 0.2],
  ['wins', 0.25],
  ['speakers', 0.367],
]

function generateRow(collection: SearchCollection, id: number): SearchRow {
  const year = yearOf()
  const country = pick(countries)
  const base = {
    collection,
    docId: id,
    refs: [] as string[],
    country: null as string | null,
    years: [year],
    source: '',
  }
  switch (collection) {
    case 'assemblies':
      return {
        ...base,
        path: `/assemblies/${year}-${id}`,
        title: `PICUM General Assembly ${year}`,
        meta: sentence(6),
        keywords: sentence(6),
        body: paragraph(12),
        country,
      }
    case 'topics':
      return {
        ...base,
        path: `/topics/topic-${id}`,
        title: sentence(3).replace(/\.$/, ''),
        meta: '',
        keywords: '',
        body: paragraph(2),
        years: [],
      }
    case 'sessions': {
      const speakers = Array.from({ length: 3 + Math.floor(random() * 4) }, personName)
      const said = speakers.map((name) => `${name}, ${sentence(3)}: ${paragraph(4)}`)
      return {
        ...base,
        path: `/assemblies/${year}/session-${id}`,
        title: sentence(7).replace(/\.$/, ''),
        meta: `Panel at the PICUM General Assembly ${year}`,
        keywords: speakers.join('\n'),
        body: [paragraph(5), ...said].join('\n'),
        refs: speakers.map((_, i) => refKey('speakers', id * 10 + i)),
      }
    }
    case 'organisations':
      return {
        ...base,
        path: `/organisations/organisation-${id}`,
        title: `${word()} ${pick(['Network', 'Alliance', 'Collective', 'Platform', 'Centre'])}`,
        meta: `NGO · ${countryName(country)}`,
        keywords: `NGO\n${countryName(country)}`,
        body: paragraph(3),
        country,
        years: [year, yearOf()],
      }
    case 'wins':
      return {
        ...base,
        path: `/wins/win-${id}`,
        title: sentence(9).replace(/\.$/, ''),
        meta: `${countryName(country)} · National · Regularisation`,
        keywords: [
          countryName(country),
          pick(['Regularisation', 'Legislation', 'Court judgment', 'Policy']),
          personName(),
        ].join('\n'),
        body: paragraph(4),
        country,
      }
    case 'speakers':
      return {
        ...base,
        path: `/speakers/speaker-${id}`,
        title: personName(),
        meta: sentence(3),
        keywords: sentence(4),
        body: paragraph(2),
        country,
        years: [year],
      }
  }
}

const queries: Array<{ label: string; params: Record<string, string> }> = [
  { label: 'common word', params: { q: 'regularisation' } },
  { label: 'prefix', params: { q: 'regular' } },
  { label: 'name, no accent', params: { q: 'Lucia Maquieira' } },
  { label: 'two words', params: { q: 'pushbacks Greece' } },
  { label: 'phrase', params: { q: '"European Court of Human Rights"' } },
  { label: 'exclusion', params: { q: 'detention -children' } },
  { label: 'or', params: { q: 'health or housing' } },
  { label: 'no match', params: { q: 'xylophonist' } },
  { label: 'filtered', params: { q: 'migrants', type: 'wins', country: 'ES' } },
  { label: 'deep page', params: { q: 'migrants', page: '20' } },
]

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

async function time(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UPS; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)
}

const ms = (value: number) => value.toFixed(2).padStart(7)

export type SearchBenchResult = {
  docs: number
  fillSeconds: number
  rows: { label: string; matches: number; p50: number; p95: number }[]
  p50: number
  p95: number
  lookupP50: number
}

export async function benchSearch({
  serverUrl,
  docs,
  runs,
  log,
}: {
  serverUrl: string
  docs: number
  runs: number
  log: (line: string) => void
}): Promise<SearchBenchResult> {
  const database = `picum_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`)
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 })
  // An idle connection closed by the server (the database is dropped at the end) must not crash.
  pool.on('error', () => {})
  const db = drizzle({ client: pool }) as unknown as SqlExecutor

  try {
    const { rows: version } = await db.execute(sql`SELECT current_setting('server_version') AS v`)
    log(`PostgreSQL ${version[0]!.v}, database ${database}`)
    await ensureSearchSchema(db)

    const fillStart = performance.now()
    const quotas = mix.map(
      ([collection, share]) => [collection, Math.max(1, Math.round(share * docs))] as const,
    )
    let id = 0
    for (const [collection, count] of quotas) {
      for (let done = 0; done < count; done += 200) {
        const rows = Array.from({ length: Math.min(200, count - done) }, () =>
          generateRow(collection, (id += 1)),
        )
        await writeSearchRows(db, rows)
      }
    }
    await db.execute(sql`VACUUM ANALYZE search_documents`)
    const fillSeconds = (performance.now() - fillStart) / 1000
    const { rows: size } = await db.execute(sql`
      SELECT count(*)::int AS docs, pg_size_pretty(pg_total_relation_size('search_documents')) AS size,
        pg_size_pretty(pg_relation_size('search_documents_vector_idx')) AS gin
      FROM search_documents`)
    log(
      `Indexed ${size[0]!.docs} documents in ${fillSeconds.toFixed(1)} s ` +
        `(table ${size[0]!.size}, GIN index ${size[0]!.gin}); ${runs} timed runs per query after ${WARM_UPS} warm-ups.\n`,
    )

    // PostgreSQL scans instead of reading the GIN index for common words: check the index on a rare
    // one.
    const { rows: rare } = await db.execute(sql`
      SELECT word, ndoc FROM ts_stat('SELECT vector FROM search_documents')
      WHERE ndoc BETWEEN 5 AND 20 ORDER BY word LIMIT 1`)
    if (rare[0]) {
      const { rows: plan } = await db.execute(
        sql`EXPLAIN SELECT doc_id FROM search_documents WHERE vector @@ to_tsquery('simple', ${String(rare[0].word)})`,
      )
      const usesIndex = plan.some((row) =>
        String(Object.values(row)[0]).includes('search_documents_vector_idx'),
      )
      log(
        `A word in ${rare[0].ndoc} documents is looked up in the GIN index: ${usesIndex ? 'yes' : 'NO'}\n`,
      )
    }

    // The yardstick: the cheapest indexed query there is.
    const lookup = await time(runs * 5, () =>
      db.execute(
        sql`SELECT title FROM search_documents WHERE collection = 'wins' AND doc_id = ${1 + Math.floor(random() * id)}`,
      ),
    )
    const lookupP50 = percentile(lookup, 50)

    log(
      `${'query'.padEnd(20)} ${'matches'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p50 / lookup'.padStart(13)}`,
    )
    const rows: SearchBenchResult['rows'] = []
    const all: number[] = []
    for (const { label, params } of queries) {
      const request = parseSearchParams(params)
      const first = await runSearch(db, request)
      const matches = first.status === 'done' ? first.total : 0
      const times = await time(runs, () => runSearch(db, request))
      all.push(...times)
      const row = { label, matches, p50: percentile(times, 50), p95: percentile(times, 95) }
      rows.push(row)
      log(
        `${label.padEnd(20)} ${String(matches).padStart(8)} ${ms(row.p50)} ${ms(row.p95)} ${`${(row.p50 / lookupP50).toFixed(0)}×`.padStart(13)}`,
      )
    }
    all.sort((a, b) => a - b)
    log(
      `\n${'primary-key lookup'.padEnd(20)} ${'1'.padStart(8)} ${ms(lookupP50)} ${ms(percentile(lookup, 95))}`,
    )
    log(
      `All searches pooled: p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms (three statements each).`,
    )
    return {
      docs: Number(size[0]!.docs),
      fillSeconds,
      rows,
      p50: percentile(all, 50),
      p95: percentile(all, 95),
      lookupP50,
    }
  } finally {
    await pool.end()
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`)
    await admin.end()
  }
}

const option = (name: string, fallback: number): number => {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
  const value = Number(raw)
  return raw && Number.isInteger(value) && value > 0 ? value : fallback
}

async function main() {
  let cluster: EmbeddedPostgres | undefined
  let parent: string | undefined
  let serverUrl = process.env.DATABASE_URI
  try {
    if (!serverUrl) {
      parent = mkdtempSync(path.join(os.tmpdir(), 'picum-bench-'))
      // The `postgres` user (when running as root) must be able to enter it.
      chmodSync(parent, 0o755)
      cluster = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), persistent: false })
      serverUrl = await cluster.urlFor('postgres')
    }
    console.log(cluster ? 'Embedded PostgreSQL (temporary).' : 'On the DATABASE_URI server.')
    await benchSearch({
      serverUrl,
      docs: option('docs', 12_000),
      runs: option('runs', 40),
      log: (line) => console.log(line),
    })
  } finally {
    if (cluster) await cluster.stop()
    if (parent) rmSync(parent, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await main()
    process.exit(0)
  } catch (error) {
    console.error(error)
    process.exit(1)
  }
}
