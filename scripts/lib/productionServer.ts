import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type EmbeddedPostgres, freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { type Env, runBin } from '@/scripts/lib/runBin'
import { startSmtpCatcher } from '@/scripts/lib/smtpCatcher'

// Shared by the browser journeys, the benchmarks and the load test, so all three measure the same
// thing.
export type ProductionServer = {
  url: string
  port: number
  env: Env
  cluster: EmbeddedPostgres
  workDir: string
  mailDir: string
  stop: () => Promise<void>
}

export type ProductionServerOptions = {
  build: boolean
  prepare?: (env: Env) => Promise<void>
  logFile?: string
  extraEnv?: Env
}

export async function waitForServer(url: string, timeoutMs: number): Promise<void> {
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

const stopChild = async (child: ChildProcess | undefined): Promise<void> => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

export async function startProductionServer(
  options: ProductionServerOptions,
): Promise<ProductionServer> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'picum-prod-'))
  chmodSync(workDir, 0o755) // the `postgres` user must reach the data directory when run as root
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(workDir, 'pg'),
    persistent: false,
  })
  const mailDir = path.join(workDir, 'mail')
  const smtp = await startSmtpCatcher({ dir: mailDir })
  let server: ChildProcess | undefined
  const stop = async () => {
    await stopChild(server)
    await smtp.close()
    await cluster.stop()
    rmSync(workDir, { recursive: true, force: true })
  }

  try {
    const port = await freePort()
    const url = `http://localhost:${port}`
    const env: Env = {
      ...process.env,
      DATABASE_URI: await cluster.urlFor('picum_prod'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_PUBLIC_SERVER_URL: url,
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: smtp.url,
      ...options.extraEnv,
    }
    const fail = (step: string) => new Error(`${step} failed; see its output above.`)
    if ((await runBin(['tsx', 'scripts/migrate.ts'], env)) !== 0) throw fail('Migrating')
    if ((await runBin(['tsx', 'seed/cli.ts'], env)) !== 0) throw fail('Seeding')
    await options.prepare?.(env)
    if (options.build) {
      // `next build` reuses query results cached by earlier builds against other databases.
      rmSync(path.resolve('.next/cache/fetch-cache'), { recursive: true, force: true })
      if ((await runBin(['next', 'build'], env)) !== 0) throw fail('next build')
    }

    const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined
    server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
      stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: env as NodeJS.ProcessEnv,
    })
    if (log) {
      server.stdout?.pipe(log)
      server.stderr?.pipe(log)
    }
    await waitForServer(`${url}/`, 60_000)
    return { url, port, env, cluster, workDir, mailDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
