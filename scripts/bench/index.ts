/**
 * `npm run bench [-- --scale N] [--quick] [--no-build]`: figures to compare from run to run, not a
 * test; a full run writes them to BENCHMARKS.md. See BENCHMARKS.md for what each figure measures.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { type BuildResult, build, reusableBuild } from '@/scripts/bench/build'
import { type ClientJs, clientJs } from '@/scripts/bench/clientJs'
import { request } from '@/scripts/bench/http'
import { CATEGORIES, type LighthouseResult, runLighthouse } from '@/scripts/bench/lighthouse'
import { type LoadResult, loadTest } from '@/scripts/bench/load'
import { pageTypes } from '@/scripts/bench/pages'
import { listeningPid, treeRssBytes } from '@/scripts/bench/processTree'
import { type PublishResult, publishToLive } from '@/scripts/bench/publish'
import { type ReferenceApp, startReferenceApp } from '@/scripts/bench/referenceApp'
import { kb, markdownTable, mib, ms, type Row, writeBenchmarksFile } from '@/scripts/bench/report'
import { benchSearch, type SearchBenchResult } from '@/scripts/bench/search'
import {
  expireEverything,
  measurePageReads,
  type PageReads,
  runScript,
  startStaticServer,
} from '@/scripts/bench/steps'
import { CHROMIUM, ensureChromium } from '@/scripts/lib/chromium'
import { startProductionServer } from '@/scripts/lib/productionServer'
import { say } from '@/scripts/lib/runBin'

const { values: flags } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
  strict: true,
})
const scaleResult = z.coerce.number().int().min(1).max(100).safeParse(flags.scale)
if (!scaleResult.success) {
  say('--scale must be a whole number from 1 to 100 (one assembly a year, 2001–2100).')
  process.exit(2)
}
const scale = scaleResult.data
const quick = flags.quick

const settings = quick
  ? {
      connections: 20,
      seconds: 2,
      rounds: 1,
      largeScale: 5,
      readRuns: 5,
      renderRuns: 3,
      publishRuns: 2,
      searchDocs: 10_000,
      searchRuns: 10,
    }
  : {
      connections: 20,
      seconds: 10,
      rounds: 2,
      largeScale: 50,
      readRuns: 20,
      renderRuns: 7,
      publishRuns: 7,
      searchDocs: 12_000,
      searchRuns: 40,
    }

const meanLoad = (runs: LoadResult[]): LoadResult => {
  const mean = (pick: (run: LoadResult) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length
  return {
    rps: mean((run) => run.rps),
    p50: Math.round(mean((run) => run.p50)),
    p99: Math.round(mean((run) => run.p99)),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1)

// Kept for reading after a run that fails.
const workDir = mkdtempSync(path.join(os.tmpdir(), 'picum-bench-'))
const serverLog = path.join(workDir, 'server.log')

async function main(): Promise<void> {
  const started = performance.now()
  const prepared: {
    reads?: Record<'small' | 'large', PageReads[]>
    build?: BuildResult
    buildNote: string
  } = {
    buildNote: '',
  }

  say(`benchmarks${quick ? ' (quick)' : ''}: scale ${scale}, ${settings.seconds} s per load test`)
  const server = await startProductionServer({
    build: false,
    logFile: serverLog,
    prepare: async (env) => {
      let step = performance.now()
      prepared.reads = await measurePageReads(env, workDir, settings)
      say(
        `figure 2 (SQL queries and reads at scale 1 and ${settings.largeScale}): ${seconds(step)} s`,
      )
      if (scale > 1) {
        step = performance.now()
        await runScript(['scripts/bench/grow.ts', '--scale', String(scale)], env)
        say(`grew the served record to ${scale}×: ${seconds(step)} s`)
      }
      if (flags['no-build']) {
        if (!existsSync('.next/BUILD_ID'))
          throw new Error('--no-build: there is no build in .next.')
        prepared.buildNote = 'reused (--no-build)'
      } else if (quick && reusableBuild(scale)) {
        // A full run always builds: figure 6 measures the build.
        prepared.buildNote = 'reused (sources and scale unchanged since the last bench build)'
      } else {
        prepared.build = await build(env, scale)
        say(`next build: ${prepared.build.seconds.toFixed(1)} s`)
      }
    },
  })
  Object.assign(process.env, {
    DATABASE_URI: server.env.DATABASE_URI,
    PAYLOAD_SECRET: server.env.PAYLOAD_SECRET,
  })

  const rows: Row[] = []
  let staticServer: ChildProcess | undefined
  let reference: ReferenceApp | undefined
  const details: string[] = []
  try {
    // A reused build holds pages rendered from another database.
    await expireEverything(
      server.url,
      pageTypes.map((page) => page.path.split('?')[0]!),
    )

    // Figure 1
    let step = performance.now()
    const captured: Record<string, { type: string; body: string }> = {}
    for (const page of pageTypes) {
      // The first request after the expiry renders; the next ones are served from the cache.
      for (let i = 0; i < 3; i++) {
        const response = await request(`${server.url}${page.path}`)
        if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}.`)
        const body = Buffer.from(await response.arrayBuffer())
        captured[page.path] = {
          type: response.headers.get('content-type') ?? 'text/html',
          body: body.toString('base64'),
        }
      }
    }
    const pagesFile = path.join(workDir, 'pages.json')
    writeFileSync(pagesFile, JSON.stringify(captured))
    const yardstick = await startStaticServer(pagesFile)
    staticServer = yardstick.child
    const loaded = pageTypes.filter((type) => type.load)
    const bytesOf = (page: (typeof loaded)[number]) =>
      Buffer.from(captured[page.path]!.body, 'base64').length
    reference = await startReferenceApp(
      workDir,
      Object.fromEntries(loaded.map((page) => [page.key, bytesOf(page)])),
    )
    say(`figure 1: the minimal Next.js app is built and started (${seconds(step)} s)`)
    const load: {
      page: (typeof loaded)[number]
      app: LoadResult
      next: LoadResult
      plain: LoadResult
    }[] = []
    const run = (url: string) => loadTest(url, settings.connections, settings.seconds)
    for (const page of loaded) {
      // Alternated, so a slower stretch of the machine falls on both.
      const app: LoadResult[] = []
      const next: LoadResult[] = []
      for (let round = 0; round < settings.rounds; round += 1) {
        app.push(await run(`${server.url}${page.path}`))
        next.push(await run(`${reference.url}/${page.key}`))
      }
      load.push({
        page,
        app: meanLoad(app),
        next: meanLoad(next),
        plain: await run(`${yardstick.url}${page.path}`),
      })
    }
    const serverPid = listeningPid(server.port)
    const serverRss = serverPid ? treeRssBytes(serverPid) : null
    staticServer.kill('SIGTERM')
    reference.child.kill('SIGTERM')
    say(`figure 1 (load): ${seconds(step)} s`)
    for (const { page, app, next, plain } of load) {
      const ratio = app.rps / next.rps
      const failures = app.failures + next.failures + plain.failures
      const cached = page.key !== 'search'
      rows.push({
        figure: '1',
        measure:
          `${page.label} (${kb(bytesOf(page))}; Next ${kb(reference.bytes[page.key]!)}): ` +
          'req/s app / minimal Next / plain node',
        result:
          `${app.rps.toFixed(0)} / ${next.rps.toFixed(0)} / ${plain.rps.toFixed(0)}: ` +
          `${ratio.toFixed(2)}× Next; p50 ${app.p50} / ${next.p50} ms; p99 ${app.p99} / ${next.p99} ms` +
          (failures ? `; ${failures} failed requests` : ''),
        target: cached ? '≥ 0.95× Next' : 'rendered per request',
        met: cached ? ratio >= 0.95 && failures === 0 : null,
      })
    }

    // Figure 2
    step = performance.now()
    const renders: Record<string, number> = {}
    for (const page of pageTypes) {
      const times: number[] = []
      for (let i = 0; i < settings.renderRuns; i++) {
        await expireEverything(server.url, [page.path.split('?')[0]!])
        const start = performance.now()
        const response = await request(`${server.url}${page.path}`)
        await response.arrayBuffer()
        times.push(performance.now() - start)
      }
      renders[page.key] = median(times)
    }
    say(`figure 2 (uncached renders): ${seconds(step)} s`)
    for (const page of pageTypes) {
      const small = prepared.reads!.small.find((entry) => entry.key === page.key)!
      const large = prepared.reads!.large.find((entry) => entry.key === page.key)!
      const growth = large.medianMs / small.medianMs
      rows.push({
        figure: '2',
        measure: `${page.label}: SQL queries; read time; uncached HTTP render (scale ${scale})`,
        result:
          `${small.queries} → ${large.queries} queries; ${ms(small.medianMs)} → ${ms(large.medianMs)} ` +
          `(${growth.toFixed(2)}×) at scale 1 → ${settings.largeScale}; render ${ms(renders[page.key]!)}`,
        target: 'same count; < 1.5×',
        met: small.queries === large.queries && growth < 1.5,
      })
    }

    // Figure 4
    step = performance.now()
    const fileCache = new Map<string, number>()
    const js: Record<string, ClientJs> = {}
    for (const page of pageTypes) js[page.key] = await clientJs(server.url, page.path, fileCache)
    let lighthouse: LighthouseResult[] = []
    let lighthouseNote = ''
    if (quick && !existsSync(CHROMIUM)) {
      lighthouseNote = `skipped: ${CHROMIUM} is not installed (a full run installs it)`
    } else {
      if (!quick) ensureChromium()
      const audited = quick ? pageTypes.filter((page) => page.key === 'home') : pageTypes
      lighthouse = await runLighthouse(
        audited.map((page) => ({ label: page.key, url: `${server.url}${page.path}` })),
      )
    }
    say(`figure 4 (client JS, Lighthouse): ${seconds(step)} s`)
    for (const page of pageTypes) {
      const { externalBytes, inlineBytes, scripts } = js[page.key]!
      const total = externalBytes + inlineBytes
      const audit = lighthouse.find((result) => result.label === page.key)
      const scores = audit
        ? audit.scores
          ? CATEGORIES.map((category) => audit.scores![category]).join(' / ')
          : 'Lighthouse failed (see below)'
        : null
      rows.push({
        figure: '4',
        measure: `${page.label}: client JS gzipped; Lighthouse perf / a11y / best practices / SEO`,
        result:
          `${kb(total)} (${kb(externalBytes)} in ${scripts} scripts + ${kb(inlineBytes)} inline); ` +
          (scores ??
            (lighthouseNote ? `Lighthouse ${lighthouseNote}` : 'Lighthouse not run on this page')),
        target: '< 100 KB; 100 ×4',
        met:
          total < 100 * 1024 &&
          (audit ? CATEGORIES.every((category) => audit.scores?.[category] === 100) : true),
      })
      if (audit?.findings.length) details.push(`- ${page.label}: ${audit.findings.join('; ')}`)
    }

    // Figure 3, after the read-only figures: it edits the record.
    step = performance.now()
    const publish: PublishResult = await publishToLive(
      server.url,
      settings.publishRuns,
      server.env.PAYLOAD_SECRET!,
    )
    say(`figure 3 (publish-to-live): ${seconds(step)} s`)
    rows.push({
      figure: '3',
      measure: 'publish a session title until its page, its assembly and home show it',
      result: `median ${ms(publish.medianMs)} over ${publish.timesMs.length} (${publish.timesMs.map((t) => t.toFixed(0)).join(', ')} ms); the publish request itself ${ms(publish.requestMedianMs)}`,
      target: '< 1 s',
      met: publish.medianMs < 1000,
    })

    // Figure 5
    step = performance.now()
    const search: SearchBenchResult = await benchSearch({
      serverUrl: await server.cluster.urlFor('postgres'),
      docs: settings.searchDocs,
      runs: settings.searchRuns,
      log: (line) => process.stderr.write(`${line}\n`),
    })
    say(`figure 5 (search): ${seconds(step)} s`)
    rows.push({
      figure: '5',
      measure: `search, ${search.docs.toLocaleString('en')} documents, ${search.rows.length} typical queries`,
      result: `p50 ${ms(search.p50)}, p95 ${ms(search.p95)} (slowest query p50 ${ms(Math.max(...search.rows.map((row) => row.p50)))})`,
      target: 'p50 < 20 ms',
      met: search.p50 < 20,
    })

    // Figure 6
    rows.push({
      figure: '6',
      measure: '`next build`: wall time; peak RSS of its process tree',
      result: prepared.build
        ? `${prepared.build.seconds.toFixed(0)} s; ${mib(prepared.build.peakRssBytes)}`
        : `not measured: build ${prepared.buildNote}`,
      target: '',
      met: null,
    })
    rows.push({
      figure: '6',
      measure: '`next start`: RSS of its process tree after figure 1’s load',
      result: serverRss === null ? 'not found' : mib(serverRss),
      target: '',
      met: null,
    })
  } finally {
    if (staticServer && staticServer.exitCode === null) staticServer.kill('SIGTERM')
    if (reference && reference.child.exitCode === null) reference.child.kill('SIGTERM')
    await server.stop()
  }

  const table = markdownTable(rows)
  const cpus = os.cpus()
  const machine =
    `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ` +
    `Node ${process.version}, Linux ${os.release()}`
  const generated = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${quick ? ' (--quick)' : ''} with ` +
      `\`npm run bench${quick ? ' -- --quick' : scale > 1 ? ` -- --scale ${scale}` : ''}\`, served data at scale ${scale}, ` +
      `in ${seconds(started)} s.`,
    `Machine: ${machine}.`,
    '',
    table,
    '',
    `How: figure 1 runs autocannon in the bench process for ${settings.seconds} s with ${settings.connections} connections per ` +
      `address, ${settings.rounds} round(s) alternating between \`next start\` and a minimal Next.js app of the same version ` +
      '(scripts/bench/referenceApp.ts: generated into a temporary folder, default settings, one pre-rendered page of the same ' +
      'size per page type), then once against a plain node:http server (its own process) answering the bytes the app sent; ' +
      'the ratio is app ÷ minimal Next. Figure 2 counts the SQL statements that reach PostgreSQL (pg.Client#query) ' +
      'while the page’s own lib/queries functions run in-process with no cache (the read time is their median over ' +
      `${settings.readRuns} runs), on two copies of the seeded database, one grown to scale ${settings.largeScale}; "render" is the ` +
      `median time of a full HTTP render after expiring the page through the server’s /revalidate route (${settings.renderRuns} runs). ` +
      'Figure 3 polls every 20 ms from the moment the REST publish request is sent. Figure 4 sums the gzipped size of every ' +
      '`<script src>` in the HTML and of the inline scripts (JSON-LD excluded); Lighthouse 12.2.3 runs with its default ' +
      'settings (mobile, simulated throttling) in Debian’s Chromium, headless. Figure 5 is `npm run bench:search`. ' +
      'Figure 6 samples /proc every 200 ms.',
    ...(details.length ? ['', 'Lighthouse audits that cost points:', '', ...details] : []),
  ].join('\n')

  process.stdout.write(`\n${table}\n`)
  const file = quick ? path.join(os.tmpdir(), 'BENCHMARKS.quick.md') : path.resolve('BENCHMARKS.md')
  writeBenchmarksFile(file, generated)
  say(`wrote ${file} (${seconds(started)} s in all)`)
}

main().then(
  () => {
    rmSync(workDir, { recursive: true, force: true })
    process.exit(0)
  },
  (error: Error) => {
    say(error.stack ?? error.message)
    say(`the server's output is in ${serverLog}`)
    process.exit(1)
  },
)
