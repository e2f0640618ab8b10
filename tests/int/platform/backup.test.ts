import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { SEARCH_TABLE } from '@/lib/search/schema'
import {
  backupDatabase,
  describeDatabase,
  mediaArchiveFor,
  restoreDatabase,
} from '@/scripts/db/backups'
import { make } from '@/tests/helpers/factories'
import { closeTestPayload, getPayloadOn } from '@/tests/helpers/payload'
import { setupRecord } from '@/tests/helpers/setup'
import { createTestDatabase, withClient } from '@/tests/helpers/testDatabase'

const app = setupRecord({ staff: ['admin', 'editor'] })
let restored: Payload | undefined
let work: string
let dumpFile: string
let restoredUrl: string
const sourceUrl = process.env.DATABASE_URI!
const PASSWORD = 'correct horse battery staple'

/** Every document of every collection, drafts included, with hidden fields (password hashes). */
async function everything(instance: Payload) {
  const snapshot: Record<string, unknown> = {}
  for (const { slug, versions } of instance.config.collections) {
    const collection = slug as CollectionSlug
    const { docs } = await instance.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'id',
      showHiddenFields: true,
    })
    snapshot[slug] = docs
    if (versions) {
      const history = await instance.findVersions({
        collection,
        depth: 0,
        pagination: false,
        sort: 'id',
        showHiddenFields: true,
      })
      snapshot[`${slug} versions`] = history.docs
    }
  }
  return snapshot
}

/** The search index is a table of its own, outside Payload: compare its rows directly. */
const searchIndex = (databaseUrl: string): Promise<unknown[]> =>
  withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT *, vector::text AS vector FROM ${SEARCH_TABLE} ORDER BY collection, doc_id`,
    )
    return rows
  })

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'picum-backup-test-'))
  dumpFile = path.join(work, 'record.dump')

  // A record with drafts, version histories, staff accounts, an upload and search entries.
  const topic = await make.topic(app.payload)
  const organisation = await make.organisation(app.payload, 'published', { acronym: 'ÉÇA' })
  const speaker = await make.speaker(app.payload, 'published', {
    organisation: organisation.id,
    roleRecordedIn: 2025,
  })
  await make.speaker(app.payload, 'draft')
  const assembly = await make.assembly(app.payload, 'published', { theme: 'Rights, not walls' })
  // A published document with a newer draft on top: two versions, two states.
  await app.payload.update({
    collection: 'assemblies',
    id: assembly.id,
    data: { theme: 'A draft theme nobody has published', _status: 'draft' },
    draft: true,
  })
  await make.session(app.payload, 'published', {
    assembly: assembly.id,
    topics: [topic.id],
    contributions: [{ speaker: speaker.id, organisation: organisation.id }],
  })
  await make.win(app.payload, 'published', {
    creditedOrganisations: [organisation.id],
    topics: [topic.id],
  })
  await make.media(app.payload)

  const media = path.join(work, 'media-source')
  mkdirSync(path.join(media, 'nested'), { recursive: true })
  writeFileSync(path.join(media, 'nested', 'photo.txt'), 'not really a photo')
  const sources = path.join(work, 'sources-source')
  mkdirSync(sources, { recursive: true })
  writeFileSync(path.join(sources, 'report.pdf'), '%PDF-1.7 not really a report')
  await make.source(app.payload, 'published')
  await backupDatabase({
    databaseUrl: sourceUrl,
    file: dumpFile,
    mediaDir: media,
    sourcesDir: sources,
  })

  restoredUrl = await createTestDatabase()
})

afterAll(async () => {
  if (restored) await closeTestPayload(restored)
  rmSync(work, { recursive: true, force: true })
})

describe('db:backup and db:restore', () => {
  it('restores into a new database every document, draft, version, account and search entry', async () => {
    const result = await restoreDatabase({
      databaseUrl: restoredUrl,
      file: dumpFile,
      force: false,
      mediaDir: path.join(work, 'media-restored'),
      sourcesDir: path.join(work, 'sources-restored'),
    })
    expect(result.before).toBe('no tables')
    restored = await getPayloadOn(restoredUrl, 'restored')

    const original = await everything(app.payload)
    const copy = await everything(restored)
    expect(Object.keys(copy)).toEqual(Object.keys(original))
    // A comparison of two empty lists would prove nothing.
    for (const slug of [
      'assemblies',
      'assemblies versions',
      'sessions',
      'users',
      'media',
      'sources',
    ]) {
      expect((original[slug] as unknown[]).length).toBeGreaterThan(0)
    }
    expect(copy).toEqual(original)

    const index = await searchIndex(sourceUrl)
    expect(index.length).toBeGreaterThan(0)
    expect(await searchIndex(restoredUrl)).toEqual(index)

    // The password hashes came along: staff can sign in to the restored copy.
    const [admin] = (original.users as Array<{ email: string }>).filter((u) =>
      u.email.startsWith('admin'),
    )
    const login = await restored.login({
      collection: 'users',
      data: { email: admin!.email, password: PASSWORD },
    })
    // (The session token travels in a cookie only, so the Local API returns the user, not a token.)
    expect(login.user?.email).toBe(admin!.email)

    // And the uploads kept on disk, beside the dump.
    expect(readFileSync(path.join(work, 'media-restored', 'nested', 'photo.txt'), 'utf8')).toBe(
      'not really a photo',
    )
    expect(readFileSync(path.join(work, 'sources-restored', 'report.pdf'), 'utf8')).toBe(
      '%PDF-1.7 not really a report',
    )
  })

  it('refuses a database that holds tables unless forced, and then replaces its contents', async () => {
    restored ??= await getPayloadOn(restoredUrl, 'restored')
    const extra = await restored.create({
      collection: 'topics',
      data: { name: 'Only in the copy' },
    })
    const before = await describeDatabase(restoredUrl)

    await expect(
      restoreDatabase({ databaseUrl: restoredUrl, file: dumpFile, force: false }),
    ).rejects.toThrow(/already holds \d+ tables; nothing was changed/)
    expect(await describeDatabase(restoredUrl)).toBe(before)
    expect(
      await restored.findByID({ collection: 'topics', id: extra.id, disableErrors: true }),
    ).not.toBeNull()

    await restoreDatabase({ databaseUrl: restoredUrl, file: dumpFile, force: true })
    expect(
      await restored.findByID({ collection: 'topics', id: extra.id, disableErrors: true }),
    ).toBeNull()
    expect(await everything(restored)).toEqual(await everything(app.payload))
  })

  it('writes the dump and the media archive readable by their owner only', () => {
    for (const file of [dumpFile, mediaArchiveFor(dumpFile)]) {
      expect({ file, mode: statSync(file).mode & 0o777 }).toEqual({ file, mode: 0o600 })
    }
  })

  it('refuses to unpack a media archive holding a link or a name outside the media folder', async () => {
    const outside = path.join(work, 'outside')
    mkdirSync(outside, { recursive: true })
    const cases: Array<[string, (source: string) => string[], RegExp]> = [
      [
        'symlink',
        (source) => {
          symlinkSync(outside, path.join(source, 'media', 'escape'))
          return ['-C', source, 'media']
        },
        /media\/escape, which is a link or a special file/,
      ],
      [
        'dotdot',
        (source) => [
          '-C',
          source,
          '--transform',
          's,^media/plain.txt,media/../plain.txt,',
          'media',
        ],
        /media\/\.\.\/plain\.txt, which points outside its folder/,
      ],
    ]
    for (const [name, args, message] of cases) {
      const source = path.join(work, `crafted-${name}`)
      mkdirSync(path.join(source, 'media'), { recursive: true })
      writeFileSync(path.join(source, 'media', 'plain.txt'), 'text')
      const dump = path.join(work, `crafted-${name}.dump`)
      copyFileSync(dumpFile, dump)
      const tar = spawnSync('tar', ['-czf', mediaArchiveFor(dump), ...args(source)], {
        encoding: 'utf8',
      })
      expect(tar.status).toBe(0)
      const target = path.join(work, `restored-${name}`)
      await expect(
        restoreDatabase({ databaseUrl: restoredUrl, file: dump, force: true, mediaDir: target }),
      ).rejects.toThrow(message)
      expect(existsSync(path.join(target, 'plain.txt'))).toBe(false)
      expect(existsSync(path.join(work, 'plain.txt'))).toBe(false)
    }
  })

  it('refuses a missing file or one that is not a backup, and leaves the database alone', async () => {
    const before = await describeDatabase(sourceUrl)
    await expect(
      restoreDatabase({ databaseUrl: sourceUrl, file: path.join(work, 'nope.dump'), force: true }),
    ).rejects.toThrow(/There is no backup file at .*nope\.dump/)
    const junk = path.join(work, 'notes.dump')
    writeFileSync(junk, 'SELECT 1; -- this is not a pg_dump archive\n')
    await expect(
      restoreDatabase({ databaseUrl: sourceUrl, file: junk, force: true }),
    ).rejects.toThrow(/is not a backup made by npm run db:backup/)
    expect(await describeDatabase(sourceUrl)).toBe(before)
  })

  it('answers bad input on the command line with one sentence and exit code 1, no stack trace', () => {
    const run = (...args: string[]) =>
      spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/db/restore.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URI: sourceUrl },
      })
    for (const [args, message] of [
      [[], /name the backup file: usage: npm run db:restore -- <file> \[--force\]/],
      [['--overwrite', 'x.dump'], /Unknown option --overwrite/],
      [[path.join(work, 'missing.dump')], /There is no backup file at/],
    ] as const) {
      const result = run(...args)
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/^\s+at /m)
    }
  })
})
