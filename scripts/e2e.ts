/**
 * `npm run test:e2e`: the browser journeys against the production build, as a visitor and staff
 * would meet it. Everything is throwaway: an embedded PostgreSQL under the system temp folder,
 * migrated and seeded with the 2025 record, `next build`, `next start` on a free port, then
 * Playwright driving Debian's Chromium (installed with apt when missing; never downloaded).
 *
 *   npm run test:e2e                  build and run every journey
 *   npm run test:e2e -- --no-build    reuse the last build (.next) while iterating on tests; its
 *                                     cached pages may still show what an earlier run changed
 *   npm run test:e2e -- -g visitor    anything else goes to `playwright test`
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { type Env, runBin, say } from '@/scripts/runBin'

export const CHROMIUM = '/usr/bin/chromium'

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`${CHROMIUM} is missing: install it with "sudo apt-get install -y chromium".`)
  }
  say('installing Chromium from Debian’s packages (apt-get install chromium)')
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed.`)
  }
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s.`)
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const build = !args.includes('--no-build')
  const playwrightArgs = args.filter((arg) => arg !== '--no-build')

  ensureChromium()
  const parent = mkdtempSync(path.join(os.tmpdir(), 'picum-e2e-'))
  chmodSync(parent, 0o755) // the `postgres` user must reach the data directory when run as root
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), persistent: false })
  let server: ReturnType<typeof spawn> | undefined
  try {
    const port = await freePort()
    const env: Env = {
      ...process.env,
      DATABASE_URI: await cluster.urlFor('picum_e2e'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_PUBLIC_SERVER_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    for (const step of [['tsx', 'scripts/migrate.ts'], ['tsx', 'seed/cli.ts']]) {
      if ((await runBin(step, env)) !== 0) return 1
    }
    if (build) {
      // `next build` reuses query results cached by earlier builds against other databases.
      rmSync(path.resolve('.next/cache/fetch-cache'), { recursive: true, force: true })
      if ((await runBin(['next', 'build'], env)) !== 0) return 1
    }

    server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
      stdio: 'inherit',
      env: env as NodeJS.ProcessEnv,
    })
    await waitForServer(`http://localhost:${port}/`, 60_000)
    return await runBin(['playwright', 'test', ...playwrightArgs], {
      ...env,
      E2E_BASE_URL: `http://localhost:${port}`,
    })
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    }
    await cluster.stop()
    rmSync(parent, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    say(error.message)
    process.exit(1)
  },
)
