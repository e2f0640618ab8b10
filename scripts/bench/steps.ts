import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { cacheTags } from '@/lib/cacheTags'
import { withClient } from '@/lib/db/client'
import { request } from '@/scripts/bench/http'
import type { Env } from '@/scripts/lib/runBin'

export type PageReads = { key: string; queries: number; medianMs: number }
const pageReadsSchema = z.array(
  z.object({ key: z.string(), queries: z.number(), medianMs: z.number() }),
)

export function runScript(args: string[], env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), args, {
      stdio: ['ignore', process.stderr, 'inherit'],
      env: env as NodeJS.ProcessEnv,
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tsx ${args.join(' ')} failed (exit ${code}).`)),
    )
  })
}

const withDatabase = (url: string, database: string): string => {
  const copy = new URL(url)
  copy.pathname = `/${database}`
  return copy.toString()
}

// On a TEMPLATE copy, so growing it leaves the served data at its own scale.
export async function measurePageReads(
  env: Env,
  workDir: string,
  settings: { readRuns: number; largeScale: number },
): Promise<Record<'small' | 'large', PageReads[]>> {
  const source = new URL(env.DATABASE_URI!).pathname.slice(1)
  const copy = 'bench_page_reads'
  await withClient(withDatabase(env.DATABASE_URI!, 'postgres'), (admin) =>
    admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(copy)} TEMPLATE ${admin.escapeIdentifier(source)}`,
    ),
  )
  const out = path.join(workDir, 'page-reads.json')
  await runScript(
    [
      'scripts/bench/pageQueries.ts',
      '--out',
      out,
      '--runs',
      String(settings.readRuns),
      '--grow-to',
      String(settings.largeScale),
    ],
    { ...env, DATABASE_URI: withDatabase(env.DATABASE_URI!, copy) },
  )
  return z
    .object({ small: pageReadsSchema, large: pageReadsSchema })
    .parse(JSON.parse(readFileSync(out, 'utf8')))
}

export async function startStaticServer(
  pagesFile: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    path.resolve('node_modules/.bin/tsx'),
    ['scripts/bench/staticServer.ts', pagesFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())))
    child.once('exit', (code) => reject(new Error(`The static server exited (${code}).`)))
  })
  return { url: `http://127.0.0.1:${port}`, child }
}

// Through the server's revalidation route, as the publish hooks do.
export async function expireEverything(baseUrl: string, paths: string[]): Promise<void> {
  const { REVALIDATE_HEADER, REVALIDATE_ROUTE, revalidationKey } =
    await import('@/lib/revalidation/request')
  const response = await request(`${baseUrl}${REVALIDATE_ROUTE}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [REVALIDATE_HEADER]: revalidationKey() },
    body: JSON.stringify({ tags: Object.values(cacheTags), paths }),
  })
  if (response.status !== 204)
    throw new Error(`The revalidation route answered ${response.status}.`)
}
