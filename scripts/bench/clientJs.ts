import { gzipSync } from 'node:zlib'

import { request } from '@/scripts/bench/http'

// Gzipped, as `next start` serves it. JSON-LD is data for search engines, not code, so it is left
// out.
export type ClientJs = { externalBytes: number; inlineBytes: number; scripts: number }

const gzippedSize = (text: string | Buffer) => gzipSync(text).length

export async function clientJs(
  baseUrl: string,
  path: string,
  fileCache: Map<string, number>,
): Promise<ClientJs> {
  const html = await (await request(`${baseUrl}${path}`)).text()
  let externalBytes = 0
  let inlineBytes = 0
  let scripts = 0
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    const type = attributes.match(/\btype="([^"]*)"/i)?.[1]
    if (type && !/javascript|module/i.test(type)) continue
    const src = attributes.match(/\bsrc="([^"]+)"/i)?.[1]
    scripts += 1
    if (src) {
      const url = new URL(src.replaceAll('&amp;', '&'), baseUrl).toString()
      if (!fileCache.has(url)) {
        const response = await request(url)
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
        fileCache.set(url, gzippedSize(Buffer.from(await response.arrayBuffer())))
      }
      externalBytes += fileCache.get(url)!
    } else if (body.trim()) {
      inlineBytes += gzippedSize(body)
    }
  }
  return { externalBytes, inlineBytes, scripts }
}
