import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import { sniffImageType } from '@/lib/security/imageFiles'

/**
 * How stored images are sent, once Payload's file route has checked the media read rule for the
 * requested name (the original or a size). An image can stop being public at any moment (its
 * document is unpublished), so no cache may keep serving it on its own:
 *
 * - `private`: shared caches (a CDN, a proxy) do not store it at all, so one visitor can never
 *   be served a copy fetched by another, or by a signed-in editor;
 * - `no-cache`: the browser keeps its copy but asks again before each use, sending the ETag;
 *   while the image is still visible the answer is an empty 304, once it is not, a 403.
 *
 * Payload sends no Cache-Control of its own and no validator, so without this every view would
 * download every image again.
 */
export const MEDIA_FILE_CACHE_CONTROL = 'private, no-cache'

const notFound = () =>
  Response.json(
    { errors: [{ message: 'The requested resource was not found.' }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

/** A strong validator from what changes when the file is replaced (media:clean, a re-upload). */
const etagOf = (size: number, modified: number) =>
  `"${size.toString(36)}-${Math.floor(modified).toString(36)}"`

const matches = (ifNoneMatch: string | null, etag: string) =>
  Boolean(ifNoneMatch) &&
  ifNoneMatch!.split(',').some((tag) => {
    const value = tag.trim()
    return value === '*' || value === etag || value === `W/${etag}`
  })

async function contentTypeOf(filePath: string): Promise<string> {
  const handle = await open(filePath, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0)
    return sniffImageType(buffer.subarray(0, bytesRead)) ?? 'application/octet-stream'
  } finally {
    await handle.close()
  }
}

/**
 * An `upload.handlers` entry for the media collection: it runs after Payload's access check and
 * answers with the file from `staticDir`, or a 404 when there is none.
 * https://payloadcms.com/docs/upload/overview#collection-upload-options
 */
export const serveMediaFile =
  (staticDir: string) =>
  async (req: PayloadRequest, { params }: { params: { filename: string } }): Promise<Response> => {
    const directory = path.resolve(staticDir)
    const filePath = path.resolve(directory, params.filename)
    if (!filePath.startsWith(directory + path.sep)) return notFound()
    const stats = await stat(filePath).catch(() => null)
    if (!stats?.isFile()) return notFound()

    const etag = etagOf(stats.size, stats.mtimeMs)
    const headers = new Headers({
      'Cache-Control': MEDIA_FILE_CACHE_CONTROL,
      ETag: etag,
      'Last-Modified': stats.mtime.toUTCString(),
    })
    if (matches(req.headers.get('if-none-match'), etag)) {
      return new Response(null, { status: 304, headers })
    }
    headers.set('Content-Type', await contentTypeOf(filePath))
    headers.set('Content-Length', String(stats.size))
    const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>
    return new Response(body, { status: 200, headers })
  }
