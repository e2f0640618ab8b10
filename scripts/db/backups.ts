import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import path from 'node:path'

import type pg from 'pg'

import { withClient } from '@/lib/db/client'
import { recordCollections } from '@/lib/record/registry'
import { connectionFor, findPgTools, runTool } from '@/scripts/db/pgTools'

export const mediaArchiveFor = (dumpFile: string): string =>
  `${dumpFile.replace(/\.dump$/, '')}.media.tar.gz`

export const sourcesArchiveFor = (dumpFile: string): string =>
  `${dumpFile.replace(/\.dump$/, '')}.sources.tar.gz`

export const defaultBackupFile = (now = new Date()): string => {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replaceAll('-', '')
    .replace('T', '-')
  return path.join('backups', `picum-${stamp.replaceAll(':', '')}.dump`)
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export async function describeDatabase(databaseUrl: string): Promise<string> {
  return withClient(databaseUrl, async (client) => {
    const tables = await userTables(client)
    if (tables.length === 0) return 'no tables'
    const counts: string[] = []
    for (const table of [...recordCollections, 'users'].filter((name) => tables.includes(name))) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${client.escapeIdentifier(table)}`,
      )
      counts.push(`${rows[0]!.n} ${table}`)
    }
    return `${plural(tables.length, 'table')}${counts.length ? ` (${counts.join(', ')})` : ''}`
  })
}

const userTables = async (client: pg.Client): Promise<string[]> => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  )
  return rows.map((row) => row.name)
}

const mediaFiles = (mediaDir: string): number =>
  existsSync(mediaDir) ? readdirSync(mediaDir, { recursive: true }).length : 0

export type BackupResult = {
  file: string
  mediaArchive?: string
  mediaFiles: number
  sourcesArchive?: string
  sourcesFiles: number
  bytes: number
}

// Backups hold password hashes and drafts: the file is made private before pg_dump or tar write
// into it (both keep an existing file's mode), so it is never readable by others.
const createPrivateFile = (file: string): void => {
  closeSync(openSync(file, 'w', 0o600))
  chmodSync(file, 0o600)
}

function archiveFolder(dir: string | undefined, archive: string): number {
  const folder = dir && path.resolve(dir)
  if (!folder || mediaFiles(folder) === 0) return 0
  createPrivateFile(archive)
  const tar = spawnSync(
    'tar',
    ['-czf', archive, '-C', path.dirname(folder), path.basename(folder)],
    {
      encoding: 'utf8',
    },
  )
  if (tar.status !== 0) throw new Error(`tar could not archive ${folder}: ${tar.stderr.trim()}`)
  return mediaFiles(folder)
}

// Renamed into place once pg_dump succeeds, so a failed run never leaves a file that looks like a
// backup.
export async function backupDatabase(options: {
  databaseUrl: string
  file: string
  mediaDir?: string
  sourcesDir?: string
}): Promise<BackupResult> {
  const file = path.resolve(options.file)
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  const tools = await findPgTools(options.databaseUrl)
  const { dbname, env } = connectionFor(options.databaseUrl)
  const partial = `${file}.partial`
  createPrivateFile(partial)
  // --no-owner/--no-privileges: the archive restores on any server, whoever owns the tables there.
  const { code, stderr } = await runTool(
    tools.pgDump,
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${dbname}`],
    env,
  )
  if (code !== 0) {
    rmSync(partial, { force: true })
    throw new Error(`pg_dump failed: ${stderr || `exit code ${code}`}`)
  }
  renameSync(partial, file)

  const result: BackupResult = {
    file,
    mediaFiles: archiveFolder(options.mediaDir, mediaArchiveFor(file)),
    sourcesFiles: archiveFolder(options.sourcesDir, sourcesArchiveFor(file)),
    bytes: statSync(file).size,
  }
  if (result.mediaFiles > 0) result.mediaArchive = mediaArchiveFor(file)
  if (result.sourcesFiles > 0) result.sourcesArchive = sourcesArchiveFor(file)
  return result
}

export class RestoreRefused extends Error {
  name = 'RestoreRefused'
}

export type RestoreResult = {
  before: string
  after: string
  mediaArchive?: string
  sourcesArchive?: string
}

// A link could write or expose files anywhere the restoring account can reach; an absolute or `..`
// name would land outside the folder. GNU tar's quoting keeps each entry on one line.
export function unsafeArchiveEntry(archive: string): string | null {
  const list = (verbose: boolean) =>
    spawnSync('tar', ['--quoting-style=escape', verbose ? '-tvzf' : '-tzf', archive], {
      encoding: 'utf8',
    })
  const names = list(false)
  const details = list(true)
  if (names.status !== 0 || details.status !== 0) {
    return `tar cannot read it (${(names.stderr || details.stderr).trim()}).`
  }
  const nameLines = names.stdout.split('\n').filter(Boolean)
  const detailLines = details.stdout.split('\n').filter(Boolean)
  if (nameLines.length !== detailLines.length)
    return 'its listing could not be read entry by entry.'
  for (const [index, name] of nameLines.entries()) {
    const type = detailLines[index]![0]
    if (type !== '-' && type !== 'd') return `it holds ${name}, which is a link or a special file.`
    if (name.startsWith('/') || name.split('/').includes('..')) {
      return `it holds ${name}, which points outside its folder.`
    }
  }
  return null
}

function unpackFolder(archive: string, dir: string | undefined): boolean {
  const folder = dir && path.resolve(dir)
  if (!folder || !existsSync(archive)) return false
  mkdirSync(path.dirname(folder), { recursive: true })
  const staging = `${folder}.restoring`
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  const problem = unsafeArchiveEntry(archive)
  if (problem) {
    rmSync(staging, { recursive: true, force: true })
    throw new RestoreRefused(
      `The database was restored, but ${archive} was not unpacked: ${problem} ` +
        'An archive made by npm run db:backup holds only folders and plain files.',
    )
  }
  const tar = spawnSync(
    'tar',
    ['-xzf', archive, '-C', staging, '--no-same-owner', '--no-same-permissions'],
    { encoding: 'utf8' },
  )
  if (tar.status !== 0) {
    rmSync(staging, { recursive: true, force: true })
    throw new Error(
      `The database was restored, but tar could not unpack ${archive}: ${tar.stderr.trim()}`,
    )
  }
  const [inner] = readdirSync(staging)
  cpSync(path.join(staging, inner ?? ''), folder, { recursive: true })
  rmSync(staging, { recursive: true, force: true })
  return true
}

// In one transaction: every object is replaced, or nothing changed.
export async function restoreDatabase(options: {
  databaseUrl: string
  file: string
  force: boolean
  mediaDir?: string
  sourcesDir?: string
}): Promise<RestoreResult> {
  const file = path.resolve(options.file)
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new RestoreRefused(`There is no backup file at ${file}.`)
  }
  const tools = await findPgTools(options.databaseUrl)
  // Proves it is a pg_dump archive before anything is touched.
  const listing = await runTool(tools.pgRestore, ['--list', file], process.env)
  if (listing.code !== 0) {
    throw new RestoreRefused(
      `${file} is not a backup made by npm run db:backup (pg_restore cannot read it: ${listing.stderr.split('\n')[0]}).`,
    )
  }
  const tables = await withClient(options.databaseUrl, userTables)
  if (tables.length > 0 && !options.force) {
    throw new RestoreRefused(
      `The database already holds ${tables.length} tables; nothing was changed. ` +
        'Pass --force to replace its contents with the backup.',
    )
  }
  const before = await describeDatabase(options.databaseUrl)
  const { dbname, env } = connectionFor(options.databaseUrl)
  const { code, stderr } = await runTool(
    tools.pgRestore,
    [
      '--single-transaction',
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      `--dbname=${dbname}`,
      file,
    ],
    env,
  )
  if (code !== 0) {
    throw new Error(`pg_restore failed and rolled back; the database is as it was. ${stderr}`)
  }
  const result: RestoreResult = { before, after: await describeDatabase(options.databaseUrl) }
  if (unpackFolder(mediaArchiveFor(file), options.mediaDir)) {
    result.mediaArchive = mediaArchiveFor(file)
  }
  if (unpackFolder(sourcesArchiveFor(file), options.sourcesDir)) {
    result.sourcesArchive = sourcesArchiveFor(file)
  }
  return result
}
