// Outside a Next.js server publicQuery reads the database on every call, which is what an
// uncached render does.
import { writeFileSync } from 'node:fs'
import { register } from 'node:module'
import { performance } from 'node:perf_hooks'

import { withClient } from '@/lib/db/client'
import { growRecord } from '@/scripts/bench/growthData'
import { pageSubjects, SEARCH_QUERY } from '@/scripts/bench/pages'
import { countQueries } from '@/tests/helpers/queryCount'

// lib/queries import 'server-only', which throws outside React's server build; Next resolves it
// to an empty module, and so does this hook.
const serverOnlyHook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true }
  return next(specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`)

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}
const out = argument('out')
const runs = Number(argument('runs') ?? 10)
const growTo = Number(argument('grow-to'))
if (!out || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(growTo) || growTo < 2) {
  process.stderr.write(
    'Usage: tsx scripts/bench/pageQueries.ts --out FILE --grow-to L [--runs N]\n',
  )
  process.exit(2)
}

const { getAssemblyByYear, getLatestAssembly } = await import('@/lib/queries/assemblies')
const { getOrganisationBySlug } = await import('@/lib/queries/organisations')
const { searchRecord } = await import('@/lib/queries/search')
const { getSession } = await import('@/lib/queries/sessions')
const { getSpeakerBySlug, listSpeakers } = await import('@/lib/queries/speakers')
const { getTopicBySlug } = await import('@/lib/queries/topics')
const { getWinBySlug, trackPublishedWins } = await import('@/lib/queries/wins')
const { parseSearchParams } = await import('@/lib/search/params')
const { parseWinQuery } = await import('@/lib/wins')
const { getPayloadClient } = await import('@/lib/payload')

const loaders: Record<string, () => Promise<unknown>> = {
  home: () => getLatestAssembly(),
  assembly: () => getAssemblyByYear(pageSubjects.year),
  session: () => getSession(pageSubjects.year, pageSubjects.session),
  speaker: () => getSpeakerBySlug(pageSubjects.speaker),
  organisation: () => getOrganisationBySlug(pageSubjects.organisation),
  topic: () => getTopicBySlug(pageSubjects.topic),
  win: () => getWinBySlug(pageSubjects.win),
  wins: () => trackPublishedWins(parseWinQuery({})),
  speakers: () => listSpeakers(),
  search: () => searchRecord(parseSearchParams({ q: SEARCH_QUERY })),
}

type PageReads = { key: string; queries: number; medianMs: number }

async function measure(): Promise<PageReads[]> {
  const results: PageReads[] = []
  for (const [key, load] of Object.entries(loaders)) {
    // Two untimed calls warm up the connection pool and the code paths.
    const { result, count } = await countQueries(load)
    if (result === null || result === undefined) throw new Error(`The ${key} page found nothing.`)
    await load()
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const start = performance.now()
      await load()
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    results.push({ key, queries: count, medianMs: times[Math.floor(times.length / 2)]! })
  }
  return results
}

const payload = await getPayloadClient()
try {
  await measure()
  const small = await measure()
  await growRecord(payload, growTo)
  // Fresh planner statistics, as autovacuum would gather them on a live database.
  await withClient(process.env.DATABASE_URI!, (client) => client.query('ANALYZE'))
  const large = await measure()
  writeFileSync(out, JSON.stringify({ small, large }))
} finally {
  await payload.destroy()
}
process.exit(0)
