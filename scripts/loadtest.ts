/**
 * `npm run loadtest [-- --duration 60 --connections 200 --no-build]`: many visitors at once on the
 * public pages of the production app (scripts/lib/productionServer.ts: a throwaway database,
 * migrated and seeded, `next build` unless --no-build finds one, `next start`). Each connection
 * walks the list of pages in turn with autocannon, from a page of its own. Prints requests, errors (non-2xx answers and
 * socket errors, separately), latency p50/p99 and requests per second; exits 1 on any error.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { z } from 'zod'

import { startProductionServer } from '@/scripts/lib/productionServer'
import { runScript, say } from '@/scripts/lib/runBin'

/** One of every public page type of the seeded 2025 record, and a search. */
const PAGES = [
  '/',
  '/assemblies',
  '/assemblies/2025',
  '/assemblies/2025/finding-hope',
  '/speakers',
  '/speakers/lucia-maquieira',
  '/organisations',
  '/organisations/red-acoge',
  '/wins',
  '/wins/valencia-floods-regularisation',
  '/topics',
  '/topics/regularisation',
  '/search?q=regularisation',
]

/** The part of autocannon's result this script reads (the package ships no types). */
type Result = {
  requests: { total: number; average: number }
  latency: { p50: number; p99: number; max: number }
  '2xx': number
  non2xx: number
  errors: number
  timeouts: number
  duration: number
}
type Autocannon = (options: {
  url: string
  connections: number
  duration: number
  timeout: number
  requests: Array<{
    method: 'GET'
    /** Called before each request; `context` belongs to the connection making it. */
    setupRequest: (request: { path: string }, context: ConnectionContext) => { path: string }
  }>
}) => Promise<Result>
type ConnectionContext = { next?: number }

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon

const USAGE = 'usage: npm run loadtest [-- --duration 60 --connections 200 --no-build]'
const options = z
  .object({
    duration: z.coerce.number().int().min(1).max(3600).default(60),
    connections: z.coerce.number().int().min(1).max(2000).default(200),
    build: z.boolean(),
  })
  .strict()

function parseArgs(argv: string[]) {
  const values: Record<string, unknown> = { build: !argv.includes('--no-build') }
  const rest = argv.filter((arg) => arg !== '--no-build')
  for (let i = 0; i < rest.length; i += 1) {
    const [flag, inline] = rest[i]!.split(/=(.*)/s)
    if (!flag?.startsWith('--')) throw new Error(`Unexpected argument ${rest[i]}: ${USAGE}`)
    values[flag.slice(2)] = inline ?? rest[(i += 1)]
  }
  const parsed = options.safeParse(values)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new Error(`${issue.path.join('.') || 'arguments'}: ${issue.message}. ${USAGE}`)
  }
  return parsed.data
}

async function main(): Promise<number> {
  const { duration, connections, build } = parseArgs(process.argv.slice(2))
  const needsBuild = build || !existsSync(path.resolve('.next/BUILD_ID'))
  const server = await startProductionServer({
    build: needsBuild,
    logFile: path.join(process.env.TMPDIR ?? '/tmp', 'picum-loadtest-server.log'),
  })
  try {
    // Every page once first: what is measured is the site as visitors meet it, its pages in
    // Next.js's cache, not the first render of each after a start.
    for (const page of PAGES) {
      const response = await fetch(`${server.url}${page}`)
      if (response.status !== 200) throw new Error(`${page} answered ${response.status} before the load.`)
    }
    say(`${connections} connections for ${duration} s over ${PAGES.length} pages on ${server.url}`)
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      timeout: 10,
      // Each connection walks the pages in order from a random first page. Given the list as
      // it is, autocannon would start all of them on the same page and keep them in step: 200
      // simultaneous searches at once, a herd no real audience makes.
      requests: [
        {
          method: 'GET',
          setupRequest: (request, context) => {
            context.next ??= Math.floor(Math.random() * PAGES.length)
            const page = PAGES[context.next % PAGES.length]!
            context.next += 1
            return { ...request, path: page }
          },
        },
      ],
    })
    // autocannon counts timeouts among its errors.
    const socketErrors = result.errors
    const lines = [
      `requests      ${result.requests.total} (${result['2xx']} 2xx)`,
      `non-2xx       ${result.non2xx}`,
      `socket errors ${socketErrors} (of which timeouts ${result.timeouts})`,
      `latency       p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `throughput    ${result.requests.average.toFixed(0)} req/s over ${result.duration.toFixed(0)} s`,
    ]
    process.stdout.write(`${lines.join('\n')}\n`)
    if (result.non2xx + socketErrors > 0) {
      say(`failed: ${result.non2xx} non-2xx answers and ${socketErrors} socket errors`)
      return 1
    }
    return 0
  } finally {
    await server.stop()
  }
}

runScript(main)
