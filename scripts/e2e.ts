// `npm run test:e2e [-- --no-build] [--isolated [--seed N] [spec ...]] [playwright args]`: the
// journeys against the production build on a throwaway database, in Debian's Chromium (never
// downloaded). --isolated runs each spec file in a Playwright run of its own against the same
// server, in an order shuffled with the seed (random unless given, and printed first so that a
// failing order can be run again): every spec must pass whatever ran before it.
import { randomInt } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { setupTokenFor } from '@/lib/security/firstAdmin'
import { startDatabaseControl } from '@/scripts/db/controlServer'
import { ensureChromium } from '@/scripts/lib/chromium'
import { startProductionServer } from '@/scripts/lib/productionServer'
import { type Env, runBin, runScript, say } from '@/scripts/lib/runBin'

const SPEC_DIR = 'tests/e2e'
const SPEC_SUFFIX = '.spec.ts'

type Options = {
  build: boolean
  /** The specs in the order to run them, each on its own; undefined for one ordinary run. */
  isolated?: { seed: number; specs: string[] }
  playwrightArgs: string[]
}

/** Spec names without the folder and suffix: `visitor` for tests/e2e/visitor.spec.ts. */
const allSpecs = (): string[] =>
  readdirSync(SPEC_DIR)
    .filter((file) => file.endsWith(SPEC_SUFFIX))
    .map((file) => file.slice(0, -SPEC_SUFFIX.length))
    .sort()

const specName = (arg: string): string => path.basename(arg).replace(/\.spec\.ts$/, '')

/** mulberry32: a few lines, and the same order for the same seed on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

function shuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed)
  const shuffled = [...items]
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
  }
  return shuffled
}

function parseArgs(args: string[]): Options {
  let build = true
  let isolated = false
  let seed: number | undefined
  const rest: string[] = []
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!
    if (arg === '--no-build') build = false
    else if (arg === '--isolated') isolated = true
    else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const value = arg === '--seed' ? args[(i += 1)] : arg.slice('--seed='.length)
      if (!value || !/^\d+$/.test(value) || Number(value) >= 2 ** 32) {
        throw new Error(`--seed takes a whole number below 2^32, not "${value ?? ''}".`)
      }
      seed = Number(value)
    } else rest.push(arg)
  }
  if (!isolated) {
    if (seed !== undefined) throw new Error('--seed orders the runs of --isolated: add --isolated.')
    return { build, playwrightArgs: rest }
  }
  // Arguments that name a spec choose which run; the others go to every Playwright run.
  const known = allSpecs()
  const named = rest.filter((arg) => known.includes(specName(arg))).map(specName)
  const specs = named.length > 0 ? [...new Set(named)].sort() : known
  seed ??= randomInt(2 ** 32)
  return {
    build,
    isolated: { seed, specs: shuffle(specs, seed) },
    playwrightArgs: rest.filter((arg) => !known.includes(specName(arg))),
  }
}

type SpecRun = {
  spec: string
  exitCode: number
  seconds: number
  stats?: { expected: number; unexpected: number; flaky: number; skipped: number }
}

function readStats(report: string): SpecRun['stats'] {
  if (!existsSync(report)) return undefined
  return (JSON.parse(readFileSync(report, 'utf8')) as { stats: SpecRun['stats'] }).stats
}

function printTable(runs: SpecRun[], seed: number, planned: number): void {
  const width = Math.max(...runs.map(({ spec }) => spec.length), 'spec'.length)
  const row = (...cells: string[]) =>
    `  ${cells[0]!.padEnd(width)}  ${cells[1]!.padEnd(6)}  ${cells
      .slice(2)
      .map((cell) => cell.padStart(8))
      .join('')}\n`
  let out = `\nIsolated runs, in order (seed ${seed}):\n`
  out += row('spec', 'result', 'passed', 'failed', 'skipped', 'time')
  for (const { spec, exitCode, seconds, stats } of runs) {
    const counts = stats
      ? [stats.expected + stats.flaky, stats.unexpected, stats.skipped].map(String)
      : ['-', '-', '-']
    out += row(spec, exitCode === 0 ? 'pass' : 'FAIL', ...counts, `${seconds.toFixed(0)} s`)
  }
  const failed = runs.filter(({ exitCode }) => exitCode !== 0).map(({ spec }) => spec)
  const tests = runs.reduce((sum, { stats }) => sum + (stats ? stats.expected + stats.flaky : 0), 0)
  out += `${runs.length} of ${planned} runs, ${runs.length - failed.length} passed, ${failed.length} failed; ${tests} tests passed.\n`
  if (failed.length > 0 || runs.length < planned) {
    out += `Failed: ${failed.join(', ') || 'none'}. The same order again: npm run test:e2e -- --no-build --isolated --seed ${seed}\n`
  }
  process.stdout.write(out)
}

async function runIsolated(
  { seed, specs }: NonNullable<Options['isolated']>,
  playwrightArgs: string[],
  env: Env,
): Promise<number> {
  // Next to the report .ci/run asks for, so that its summary counts every run.
  const reportDir = process.env.E2E_JSON_REPORT
    ? path.dirname(process.env.E2E_JSON_REPORT)
    : path.join(SPEC_DIR, 'results')
  let interrupted = false
  const interrupt = () => (interrupted = true)
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  const runs: SpecRun[] = []
  try {
    for (const [index, spec] of specs.entries()) {
      say(`isolated run ${index + 1} of ${specs.length} (seed ${seed}): ${spec}`)
      const report = path.join(reportDir, `e2e-${spec}.playwright.json`)
      rmSync(report, { force: true })
      const started = Date.now()
      const exitCode = await runBin(
        [
          'playwright',
          'test',
          `${SPEC_DIR}/${spec}${SPEC_SUFFIX}`,
          ...playwrightArgs,
          // Each run empties its output folder: one per spec keeps a failed run's traces.
          '--output',
          path.join(SPEC_DIR, 'results', spec),
        ],
        { ...env, E2E_JSON_REPORT: report },
      )
      runs.push({
        spec,
        exitCode,
        seconds: (Date.now() - started) / 1000,
        stats: readStats(report),
      })
      if (interrupted) break
    }
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
  printTable(runs, seed, specs.length)
  return runs.every(({ exitCode }) => exitCode === 0) && runs.length === specs.length ? 0 : 1
}

async function main(): Promise<number> {
  const { build, isolated, playwrightArgs } = parseArgs(process.argv.slice(2))
  if (isolated) say(`isolated runs, seed ${isolated.seed}: ${isolated.specs.join(', ')}`)

  ensureChromium()
  const server = await startProductionServer({ build })
  const control = await startDatabaseControl(server.cluster)
  const env: Env = {
    ...server.env,
    E2E_BASE_URL: server.url,
    E2E_DB_CONTROL_URL: control.url,
    E2E_SETUP_TOKEN: setupTokenFor(server.env.PAYLOAD_SECRET!),
    E2E_MAIL_DIR: server.mailDir,
  }
  try {
    return isolated
      ? await runIsolated(isolated, playwrightArgs, env)
      : await runBin(['playwright', 'test', ...playwrightArgs], env)
  } finally {
    await control.close()
    await server.stop()
  }
}

runScript(main)
