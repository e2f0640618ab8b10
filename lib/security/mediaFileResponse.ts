import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import { sniffImageType } from '@/lib/security/imageFiles'

// An image can stop being public at any moment: `private` keeps it out of shared caches, and
// `no-cache` makes the browser revalidate by ETag, so a 403 follows once it is not visible.
export const MEDIA_FILE_CACHE_CONTROL = 'private, no-cache'

const notFound = () =>
  Response.json(
    { errors: [{ message: 'The requested resource was not found.' }] },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  )

// Changes when the file is replaced (media:clean, a re-upload).
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

// https://payloadcms.com/docs/upload/overview#collection-upload-options
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
