import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { withClient } from '@/lib/db/client'
import { say } from '@/scripts/lib/runBin'

// pg_dump refuses a server newer than itself, so the newest client at least the server's major is
// picked. The embedded PostgreSQL ships no pg_dump.
export type PgTools = { pgDump: string; pgRestore: string; major: number }

const majorOf = (binary: string): number | undefined => {
  const result = spawnSync(binary, ['--version'], { encoding: 'utf8' })
  const match = result.status === 0 ? /\(PostgreSQL\) (\d+)/.exec(result.stdout) : null
  return match ? Number(match[1]) : undefined
}

function candidates(): PgTools[] {
  const found: PgTools[] = []
  const debian = '/usr/lib/postgresql'
  const folders = existsSync(debian)
    ? readdirSync(debian).map((version) => path.join(debian, version, 'bin'))
    : []
  for (const folder of folders) {
    const pgDump = path.join(folder, 'pg_dump')
    const pgRestore = path.join(folder, 'pg_restore')
    const major = existsSync(pgDump) && existsSync(pgRestore) ? majorOf(pgDump) : undefined
    if (major) found.push({ pgDump, pgRestore, major })
  }
  const onPath = majorOf('pg_dump')
  if (onPath && majorOf('pg_restore') === onPath) {
    found.push({ pgDump: 'pg_dump', pgRestore: 'pg_restore', major: onPath })
  }
  return found.sort((a, b) => b.major - a.major)
}

export async function serverMajor(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num')
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000)
  })
}

const installClient = (): boolean => {
  say(
    'installing pg_dump and pg_restore from Debian’s packages (apt-get install postgresql-client)',
  )
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'postgresql-client'],
  ]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) return false
  }
  return true
}

export async function findPgTools(databaseUrl: string): Promise<PgTools> {
  const needed = await serverMajor(databaseUrl)
  const pick = () => candidates().find((tools) => tools.major >= needed)
  let tools = pick()
  if (!tools && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && installClient()) {
    tools = pick()
  }
  if (!tools) {
    throw new Error(
      `pg_dump and pg_restore for PostgreSQL ${needed} or newer are missing: install them ` +
        `(on Debian: sudo apt-get install -y postgresql-client-${needed}) and run this again.`,
    )
  }
  return tools
}

// The password goes in libpq's environment so it never shows in the process list.
export function connectionFor(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return {
    dbname: url.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  }
}

export const runTool = (
  binary: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', (error) => resolve({ code: 1, stderr: error.message }))
    child.on('close', (code) => resolve({ code: code ?? 1, stderr: stderr.trim() }))
  })
