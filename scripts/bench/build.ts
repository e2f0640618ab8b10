import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { samplePeakRss } from '@/scripts/bench/processTree'
import type { Env } from '@/scripts/lib/runBin'

// A build is reused only when a stamp says it came from the same sources and data: the build
// pre-renders pages from the database.
const STAMP = path.resolve('.next/bench-build.json')

const notBuilt = /^(tests|scripts|\.ci|\.github)\/|\.md$|^(Dockerfile|docker-compose\.yml)$/

function sourceFingerprint(): string | null {
  const listed = spawnSync('git', ['ls-files', '-z', '-c', '-o', '--exclude-standard'], {
    encoding: 'utf8',
  })
  if (listed.status !== 0) return null
  const hash = createHash('sha256')
  for (const file of listed.stdout
    .split('\0')
    .filter((name) => name && !notBuilt.test(name))
    .sort()) {
    if (!existsSync(file)) continue // deleted but not yet committed
    hash.update(file).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

type Stamp = { fingerprint: string; scale: number }

export function reusableBuild(scale: number): boolean {
  if (!existsSync(path.resolve('.next/BUILD_ID')) || !existsSync(STAMP)) return false
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as Partial<Stamp>
  return stamp.scale === scale && stamp.fingerprint === sourceFingerprint()
}

export type BuildResult = { seconds: number; peakRssBytes: number }

export async function build(env: Env, scale: number): Promise<BuildResult> {
  const fingerprint = sourceFingerprint()
  rmSync(STAMP, { force: true })
  // `next build` reuses query results cached by earlier builds against other databases.
  rmSync(path.resolve('.next/cache/fetch-cache'), { recursive: true, force: true })
  const start = performance.now()
  const child = spawn(path.resolve('node_modules/.bin/next'), ['build'], {
    // stdout is for the results table.
    stdio: ['ignore', process.stderr, 'inherit'],
    env: env as NodeJS.ProcessEnv,
  })
  const sampler = samplePeakRss(child.pid!)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  const peakRssBytes = sampler.stop()
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see its output above.`)
  const seconds = (performance.now() - start) / 1000
  if (fingerprint) writeFileSync(STAMP, JSON.stringify({ fingerprint, scale } satisfies Stamp))
  return { seconds, peakRssBytes }
}
