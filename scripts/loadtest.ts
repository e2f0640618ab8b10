/**
 * `npm run loadtest [-- --duration 60 --connections 200 --no-build]`: the clients connect over the
 * first second, while those already connected keep the server busy (what made some wait 9–10 s
 * before lib/http/admission.ts), and ask for the pre-rendered pages in turn. Exits 1 on any error
 * or a p99 of a second or more. Search renders per request: `npm run bench` measures it.
 */
import { existsSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { z } from 'zod'

import { startProductionServer } from '@/scripts/lib/productionServer'
import { runScript, say } from '@/scripts/lib/runBin'
import { seededPages } from '@/tests/helpers/seededRecord'

const PAGES = seededPages

const TIMEOUT_MS = 30_000
const MAX_P99_MS = 1_000
const RAMP_UP_MS = 1_000

type Tally = {
  latencies: number[]
  ok: number
  non2xx: number
  socketErrors: number
  timeouts: number
  failedPages: Map<string, number>
  firstAnswers: number[]
}

const get = (agent: http.Agent, port: number, page: string) =>
  new Promise<number | 'socket error' | 'timeout'>((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: page, agent }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
      response.on('error', () => resolve('socket error'))
    })
    request.setTimeout(TIMEOUT_MS, () => {
      resolve('timeout')
      request.destroy()
    })
    request.on('error', () => resolve('socket error'))
  })

async function load(port: number, connections: number, seconds: number): Promise<Tally> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const tally: Tally = {
    latencies: [],
    ok: 0,
    non2xx: 0,
    socketErrors: 0,
    timeouts: 0,
    failedPages: new Map(),
    firstAnswers: [],
  }
  const failed = (page: string) =>
    tally.failedPages.set(page, (tally.failedPages.get(page) ?? 0) + 1)
  const end = performance.now() + seconds * 1000
  // Each client starts on a page of its own, so they do not all ask for the same page at once.
  const client = async (first: number) => {
    await new Promise((resolve) => setTimeout(resolve, (first * RAMP_UP_MS) / connections))
    for (let next = first; performance.now() < end; next += 1) {
      const page = PAGES[next % PAGES.length]!
      const started = performance.now()
      const outcome = await get(agent, port, page)
      if (outcome === 'timeout') tally.timeouts += 1
      else if (outcome === 'socket error') tally.socketErrors += 1
      else {
        tally.latencies.push(performance.now() - started)
        if (next === first) tally.firstAnswers.push(performance.now() - started)
        if (outcome >= 200 && outcome < 300) tally.ok += 1
        else tally.non2xx += 1
      }
      if (outcome !== 200) failed(page)
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, index) => client(index)))
  agent.destroy()
  return tally
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : 0

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
    // Every page once first: visitors meet pages in Next.js's cache, not a first render.
    for (const page of PAGES) {
      const response = await fetch(`${server.url}${page}`)
      if (response.status !== 200)
        throw new Error(`${page} answered ${response.status} before the load.`)
    }
    say(`${connections} connections for ${duration} s over ${PAGES.length} pages on ${server.url}`)
    const started = performance.now()
    const tally = await load(server.port, connections, duration)
    const elapsed = (performance.now() - started) / 1000
    const sorted = tally.latencies.toSorted((x, y) => x - y)
    const firsts = tally.firstAnswers.toSorted((x, y) => x - y)
    const p99 = percentile(sorted, 99)
    const answered = tally.ok + tally.non2xx
    const total = answered + tally.socketErrors + tally.timeouts
    const ms = (value: number) => `${Math.round(value)} ms`
    const lines = [
      `requests      ${total} (${tally.ok} 2xx)`,
      `non-2xx       ${tally.non2xx}`,
      `socket errors ${tally.socketErrors}, timeouts (${TIMEOUT_MS / 1000} s) ${tally.timeouts}`,
      `latency       p50 ${ms(percentile(sorted, 50))}, p99 ${ms(p99)}, max ${ms(sorted.at(-1) ?? 0)}`,
      `first answer  p50 ${ms(percentile(firsts, 50))}, max ${ms(firsts.at(-1) ?? 0)} (each client's first request)`,
      `throughput    ${(answered / elapsed).toFixed(0)} req/s over ${elapsed.toFixed(0)} s`,
    ]
    process.stdout.write(`${lines.join('\n')}\n`)
    const errors = tally.non2xx + tally.socketErrors + tally.timeouts
    if (errors > 0) {
      say(
        `failed: ${tally.non2xx} non-2xx answers, ${tally.socketErrors} socket errors, ${tally.timeouts} timeouts`,
      )
      say(`on ${[...tally.failedPages].map(([page, count]) => `${page} (${count})`).join(', ')}`)
      return 1
    }
    if (p99 >= MAX_P99_MS) {
      say(`failed: p99 ${ms(p99)} is not under ${ms(MAX_P99_MS)}`)
      return 1
    }
    return 0
  } finally {
    await server.stop()
  }
}

runScript(main)
