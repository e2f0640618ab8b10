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

import pg from 'pg'

import { connectionFor, findPgTools, runTool } from '@/scripts/db/pgTools'

/**
 * Backups of the record: the database as one pg_dump archive in custom format (compressed,
 * restorable table by table), and the uploaded files, which live on disk and not in the
 * database, as a tar.gz beside it per folder: the images, and the sources' documents.
 */
export const mediaArchiveFor = (dumpFile: string): string =>
  `${dumpFile.replace(/\.dump$/, '')}.media.tar.gz`

export const sourcesArchiveFor = (dumpFile: string): string =>
  `${dumpFile.replace(/\.dump$/, '')}.sources.tar.gz`

/** backups/picum-20260314-093005.dump */
export const defaultBackupFile = (now = new Date()): string => {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replaceAll('-', '').replace('T', '-')
  return path.join('backups', `picum-${stamp.replaceAll(':', '')}.dump`)
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

const withClient = async <T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** What a database holds, in words a person can check: tables, documents per collection. */
export async function describeDatabase(databaseUrl: string): Promise<string> {
  return withClient(databaseUrl, async (client) => {
    const tables = await userTables(client)
    if (tables.length === 0) return 'no tables'
    const collections = ['assemblies', 'sessions', 'speakers', 'organisations', 'wins', 'topics', 'media', 'users']
    const counts: string[] = []
    for (const table of collections.filter((name) => tables.includes(name))) {
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

/**
 * A backup holds staff accounts (password hashes, e-mails) and unpublished drafts: only the
 * account that made it may read it. The file is created private before pg_dump or tar write into
 * it (both keep an existing file's mode), so it is never readable by others, even while written.
 */
const createPrivateFile = (file: string): void => {
  closeSync(openSync(file, 'w', 0o600))
  chmodSync(file, 0o600)
}

/** Archives a folder as `archive` when it holds anything; returns how many entries it held. */
function archiveFolder(dir: string | undefined, archive: string): number {
  const folder = dir && path.resolve(dir)
  if (!folder || mediaFiles(folder) === 0) return 0
  createPrivateFile(archive)
  const tar = spawnSync('tar', ['-czf', archive, '-C', path.dirname(folder), path.basename(folder)], {
    encoding: 'utf8',
  })
  if (tar.status !== 0) throw new Error(`tar could not archive ${folder}: ${tar.stderr.trim()}`)
  return mediaFiles(folder)
}

/**
 * Dumps the database to `file` (written under a temporary name and renamed once pg_dump has
 * succeeded, so a failed run never leaves a file that looks like a backup), and the media and
 * sources folders beside it when they hold anything.
 */
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

/** Unpacks an archive made by archiveFolder over `dir` (added or replaced, none deleted). */
/**
 * Why an archive of uploaded files must not be unpacked, or null. A symbolic or hard link would let the archive
 * write, or later expose, files anywhere the restoring account can reach; an absolute name or a
 * `..` segment would place files outside its folder. GNU tar's escape quoting keeps each
 * entry on one line, whatever characters its name holds.
 */
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
  if (nameLines.length !== detailLines.length) return 'its listing could not be read entry by entry.'
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
    throw new Error(`The database was restored, but tar could not unpack ${archive}: ${tar.stderr.trim()}`)
  }
  // The archive holds one folder (named like the folder it was made from).
  const [inner] = readdirSync(staging)
  cpSync(path.join(staging, inner ?? ''), folder, { recursive: true })
  rmSync(staging, { recursive: true, force: true })
  return true
}

/**
 * Restores an archive made by backupDatabase into a database, in one transaction: either every
 * object of the archive is replaced, or (on any error) nothing changed. A database that already
 * holds tables is only overwritten with `force`. The media and sources archives beside the dump,
 * if any, are then unpacked over their folders (files are added or replaced, none deleted).
 */
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
  // Reading the archive's table of contents proves it is a pg_dump archive before anything is
  // touched.
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
