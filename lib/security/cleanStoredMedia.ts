import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { findMetadata, withoutMetadata } from '@/lib/security/imageMetadata'
import type { Media } from '@/payload-types'

// A file that is already clean is left byte for byte, so a second run changes nothing.

export type FileOutcome = 'cleaned' | 'would clean' | 'clean' | 'missing' | 'failed'

export type FileReport = {
  media: number
  version: string
  filename: string
  outcome: FileOutcome
  detail?: string
}

export type CleanSummary = Record<FileOutcome, number> & { files: number; images: number }

type Dimensions = { width?: number | null; height?: number | null; filesize?: number | null }

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`

async function cleanFile(
  filePath: string,
  recorded: Dimensions,
  dryRun: boolean,
): Promise<{ outcome: FileOutcome; detail?: string; changed?: Required<Dimensions> }> {
  let bytes: Buffer
  try {
    bytes = await readFile(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      outcome: code === 'ENOENT' ? 'missing' : 'failed',
      detail: code === 'ENOENT' ? 'no such file' : (error as Error).message,
    }
  }
  let found: string[]
  try {
    found = await findMetadata(bytes)
  } catch (error) {
    return { outcome: 'failed', detail: `cannot be read as an image (${(error as Error).message})` }
  }
  if (found.length === 0) return { outcome: 'clean' }
  if (dryRun) return { outcome: 'would clean', detail: found.join(', ') }
  const clean = await withoutMetadata(bytes).catch((error: Error) => error)
  if (clean instanceof Error)
    return { outcome: 'failed', detail: `cannot be re-encoded (${clean.message})` }
  // Renamed over the old file so it is never seen half-written.
  const temporary = `${filePath}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(temporary, clean.bytes)
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, { force: true })
    return { outcome: 'failed', detail: (error as Error).message }
  }
  const notes = [`removed ${found.join(', ')}`]
  if (recorded.width !== clean.width || recorded.height !== clean.height) {
    notes.push(
      `${recorded.width ?? '?'}×${recorded.height ?? '?'} → ${clean.width}×${clean.height}`,
    )
  }
  notes.push(`${kilobytes(bytes.length)} → ${kilobytes(clean.bytes.length)}`)
  return {
    outcome: 'cleaned',
    detail: notes.join('; '),
    changed: { width: clean.width, height: clean.height, filesize: clean.bytes.length },
  }
}

export async function cleanStoredMedia(
  payload: Payload,
  {
    dryRun = false,
    report = () => {},
  }: { dryRun?: boolean; report?: (file: FileReport) => void } = {},
): Promise<CleanSummary> {
  const staticDir = path.resolve(payload.collections.media.config.upload.staticDir!)
  const summary: CleanSummary = {
    cleaned: 0,
    'would clean': 0,
    clean: 0,
    missing: 0,
    failed: 0,
    files: 0,
    images: 0,
  }
  const { docs } = await payload.find({
    collection: 'media',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'id',
  })
  for (const doc of docs as Media[]) {
    summary.images += 1
    const versions: Array<[string, Dimensions & { filename?: string | null }]> = [
      ['original', doc],
      ...Object.entries(doc.sizes ?? {}).filter(([, size]) => Boolean(size?.filename)),
    ] as Array<[string, Dimensions & { filename?: string | null }]>
    const update: Dimensions & { sizes?: Record<string, Dimensions> } = {}
    for (const [version, stored] of versions) {
      const filename = stored.filename!
      const filePath = path.resolve(staticDir, filename)
      const result = filePath.startsWith(staticDir + path.sep)
        ? await cleanFile(filePath, stored, dryRun)
        : { outcome: 'failed' as const, detail: 'the name points outside the media folder' }
      summary.files += 1
      summary[result.outcome] += 1
      report({ media: doc.id, version, filename, outcome: result.outcome, detail: result.detail })
      const { changed } = result as { changed?: Required<Dimensions> }
      if (!changed) continue
      if (version === 'original') Object.assign(update, changed)
      else update.sizes = { ...update.sizes, [version]: changed }
    }
    if (Object.keys(update).length > 0) {
      await payload.update({
        collection: 'media',
        id: doc.id,
        data: update as Partial<Media>,
        overrideAccess: true,
        depth: 0,
        context: { disableRevalidate: true },
      })
    }
  }
  return summary
}

export const describeFile = ({ media, version, filename, outcome, detail }: FileReport): string =>
  `${outcome.padEnd(11)} ${filename} (image ${media}, ${version})${detail ? `: ${detail}` : ''}`

export const describeSummary = (summary: CleanSummary, dryRun: boolean): string =>
  `${summary.files} files of ${summary.images} images: ${
    dryRun ? `${summary['would clean']} would be cleaned` : `${summary.cleaned} cleaned`
  }, ${summary.clean} already clean, ${summary.missing} missing, ${summary.failed} failed${
    dryRun ? ' (dry run: nothing was changed)' : ''
  }.`
