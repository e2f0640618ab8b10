/**
 * `npm run media:clean`: images stored before uploads were cleaned still carry their metadata
 * on disk. The test stores images, then puts files with metadata in their place (and records
 * their unrotated dimensions, as Payload did), and runs the command's core and the script.
 */
import { spawnSync } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { cleanStoredMedia, describeFile, type FileReport } from '@/lib/security/cleanStoredMedia'
import type { Media } from '@/payload-types'
import { hiddenData, phonePhoto, pngWithText, SECRETS } from '@/tests/helpers/imagesWithMetadata'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()
let photo: Media
let chart: Media
let untouched: Media
let broken: Media
const filePath = (name: string) =>
  path.join(app.payload.collections.media.config.upload.staticDir!, name)

const upload = async (bytes: Buffer, name: string, mimetype: string) =>
  app.payload.create({
    collection: 'media',
    data: { alt: `Stored ${name}` },
    file: { data: bytes, mimetype, name, size: bytes.length },
  })

beforeAll(async () => {
  const dirty = await phonePhoto()
  photo = await upload(dirty, 'old-phone-photo.jpg', 'image/jpeg')
  chart = await upload(await pngWithText(), 'old-chart.png', 'image/png')
  untouched = await upload(
    await sharp({ create: { width: 500, height: 400, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer(),
    'clean.jpg',
    'image/jpeg',
  )
  broken = await upload(await pngWithText(), 'lost-size.png', 'image/png')

  // As things were before uploads were cleaned: the original kept as sent, and Payload's record
  // of its dimensions read without the orientation.
  await writeFile(filePath(photo.filename!), dirty)
  await app.payload.db.updateOne({
    collection: 'media',
    id: photo.id,
    data: { width: 2400, height: 1800, filesize: dirty.length },
    returning: false,
  })
  const card = await readFile(filePath(photo.sizes!.card!.filename!))
  await writeFile(
    filePath(photo.sizes!.card!.filename!),
    await sharp(card)
      .jpeg()
      .withExif({ IFD0: { Artist: SECRETS.artist } })
      .toBuffer(),
  )
  await writeFile(filePath(chart.filename!), await pngWithText())
  await rm(filePath(broken.sizes!.thumbnail!.filename!))
})

const snapshot = async (doc: Media) => ({
  original: await readFile(filePath(doc.filename!)),
  card: doc.sizes?.card?.filename ? await readFile(filePath(doc.sizes.card.filename)) : null,
})

const outcomes = (reports: FileReport[]) =>
  Object.fromEntries(reports.map((report) => [`${report.media} ${report.version}`, report.outcome]))

const run = async (dryRun: boolean) => {
  const reports: FileReport[] = []
  const summary = await cleanStoredMedia(app.payload, {
    dryRun,
    report: (file) => reports.push(file),
  })
  return { reports, summary }
}

it('with --dry-run, says what it would clean and changes nothing', async () => {
  const before = await snapshot(photo)
  const { reports, summary } = await run(true)
  expect(outcomes(reports)).toMatchObject({
    [`${photo.id} original`]: 'would clean',
    [`${photo.id} card`]: 'would clean',
    [`${photo.id} thumbnail`]: 'clean',
    [`${photo.id} hero`]: 'clean',
    [`${chart.id} original`]: 'would clean',
    [`${untouched.id} original`]: 'clean',
    [`${broken.id} thumbnail`]: 'missing',
  })
  expect(summary).toMatchObject({ images: 4, 'would clean': 3, cleaned: 0, missing: 1, failed: 0 })
  const original = reports.find(
    (report) => report.media === photo.id && report.version === 'original',
  )!
  expect(describeFile(original)).toMatch(
    /^would clean +old-phone-photo(-\d+)?\.jpg \(image \d+, original\): EXIF, XMP, IPTC, ICC profile, comment$/,
  )
  expect(await snapshot(photo)).toEqual(before)
  const stored = await app.payload.findByID({ collection: 'media', id: photo.id })
  expect([stored.width, stored.height]).toEqual([2400, 1800])
})

it('cleans every stored file that carries metadata and corrects what the record says of it', async () => {
  const untouchedBefore = await readFile(filePath(untouched.filename!))
  const { reports, summary } = await run(false)
  expect(summary).toMatchObject({ images: 4, cleaned: 3, 'would clean': 0, missing: 1, failed: 0 })
  expect(outcomes(reports)[`${photo.id} original`]).toBe('cleaned')
  const original = reports.find(
    (report) => report.media === photo.id && report.version === 'original',
  )!
  expect(original.detail).toMatch(
    /^removed EXIF, XMP, IPTC, ICC profile, comment; 2400×1800 → 1800×2400; \d+ KB → \d+ KB$/,
  )

  for (const doc of [photo, chart]) {
    const { original: bytes, card } = await snapshot(doc)
    expect(await hiddenData(bytes)).toEqual([])
    if (card) expect(await hiddenData(card)).toEqual([])
  }
  const stored = await app.payload.findByID({ collection: 'media', id: photo.id })
  const bytes = await readFile(filePath(photo.filename!))
  expect([stored.width, stored.height, stored.filesize]).toEqual([1800, 2400, bytes.length])
  expect(stored.sizes?.card?.filesize).toBe(
    (await readFile(filePath(photo.sizes!.card!.filename!))).length,
  )
  expect(await readFile(filePath(untouched.filename!))).toEqual(untouchedBefore)
})

it('changes nothing the second time', async () => {
  const before = [await snapshot(photo), await snapshot(chart)]
  const { summary } = await run(false)
  expect(summary).toMatchObject({
    cleaned: 0,
    'would clean': 0,
    missing: 1,
    failed: 0,
    clean: summary.files - 1,
  })
  expect([await snapshot(photo), await snapshot(chart)]).toEqual(before)
})

it('runs as a command that prints a line per file and a total', () => {
  const tsx = path.resolve('node_modules/.bin/tsx')
  const result = spawnSync(tsx, ['scripts/cleanMedia.ts', '--dry-run'], {
    encoding: 'utf8',
    env: process.env,
  })
  expect(result.status).toBe(0)
  const lines = result.stderr.split('\n').filter((line) => line.startsWith('[picum] '))
  expect(
    lines.filter((line) => / \(image \d+, (original|thumbnail|card|hero)\)/.test(line)),
  ).toHaveLength(10)
  expect(lines).toContainEqual(
    expect.stringMatching(/missing +lost-size.*\(image \d+, thumbnail\): no such file$/),
  )
  expect(lines.at(-1)).toBe(
    '[picum] 10 files of 4 images: 0 would be cleaned, 9 already clean, 1 missing, 0 failed (dry run: nothing was changed).',
  )

  const wrong = spawnSync(tsx, ['scripts/cleanMedia.ts', '--dryrun'], {
    encoding: 'utf8',
    env: process.env,
  })
  expect(wrong.status).toBe(1)
  expect(wrong.stderr).toContain(
    'Unknown argument --dryrun: usage: npm run media:clean [-- --dry-run]',
  )
})
