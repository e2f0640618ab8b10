import type { Payload } from 'payload'
import sharp from 'sharp'

import { richTextFromParagraphs } from '@/lib/richText'

let n = 0
const next = () => `${Date.now().toString(36)}-${(n += 1)}`

/** A unique year per call (2026 onwards, after the seeded 2025), so tests never collide. */
let year = 2025
export const uniqueYear = () => (year += 1)

type Status = 'draft' | 'published'

/** Minimal valid documents, written with overrideAccess (setup, not the thing under test). */
export const make = {
  assembly: (
    payload: Payload,
    status: Status = 'published',
    extra: Record<string, unknown> = {},
  ) => {
    const y = (extra.year as number | undefined) ?? uniqueYear()
    return payload.create({
      collection: 'assemblies',
      data: { title: `PICUM General Assembly ${y}`, _status: status, ...extra, year: y },
      draft: status === 'draft',
    })
  },
  session: async (
    payload: Payload,
    status: Status = 'published',
    extra: Record<string, unknown> = {},
  ) => {
    const assembly = extra.assembly ?? (await make.assembly(payload)).id
    return payload.create({
      collection: 'sessions',
      data: {
        title: `Session ${next()}`,
        assembly: assembly as number,
        position: 1,
        format: 'panel',
        summary: richTextFromParagraphs(['A test session.']),
        _status: status,
        ...extra,
      },
      draft: status === 'draft',
    })
  },
  speaker: (payload: Payload, status: Status = 'published', extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'speakers',
      data: { name: `Speaker ${next()}`, _status: status, ...extra },
      draft: status === 'draft',
    }),
  organisation: (
    payload: Payload,
    status: Status = 'published',
    extra: Record<string, unknown> = {},
  ) =>
    payload.create({
      collection: 'organisations',
      data: { name: `Organisation ${next()}`, kind: 'ngo', _status: status, ...extra },
      draft: status === 'draft',
    }),
  win: (payload: Payload, status: Status = 'published', extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'wins',
      data: {
        title: `Win ${next()}`,
        country: 'BE',
        level: 'national',
        kind: 'policy',
        _status: status,
        ...extra,
      },
      draft: status === 'draft',
    }),
  source: (payload: Payload, status: Status = 'published', extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'sources',
      data: { title: `Source ${next()}`, publisher: 'PICUM', _status: status, ...extra },
      draft: status === 'draft',
    }),
  topic: (payload: Payload) =>
    payload.create({ collection: 'topics', data: { name: `Topic ${next()}`, description: 'x' } }),
  media: async (payload: Payload, extra: Record<string, unknown> = { alt: 'A grey square' }) => {
    const data = await pngBytes()
    return payload.create({
      collection: 'media',
      data: extra as { alt: string },
      file: { data, mimetype: 'image/png', name: `square-${next()}.png`, size: data.length },
    })
  },
}

export const pngBytes = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#888888' } })
    .png()
    .toBuffer()
