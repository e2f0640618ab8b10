import type { DataFromCollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import { EVERYTHING_SHOWN } from '@/lib/consent'
import { richTextFromParagraphs } from '@/lib/richText'

let n = 0
const next = () => `${Date.now().toString(36)}-${(n += 1)}`

/** A unique year per call (2026 onwards, after the seeded 2025), so tests never collide. */
let year = 2025
export const uniqueYear = () => (year += 1)

type Status = 'draft' | 'published'
type Fields = Record<string, unknown>

/** The collections with drafts; tests/int/access/accessMatrix.test.ts fails when one is missing. */
export const draftCollections = [
  'assemblies',
  'sessions',
  'speakers',
  'organisations',
  'wins',
  'sources',
] as const
export type DraftCollection = (typeof draftCollections)[number]

/**
 * A factory for a collection with drafts: its defaults, then `extra`, saved with the status asked
 * for (a draft through `draft: true`, as the admin saves one).
 */
const withDrafts =
  <C extends DraftCollection>(
    collection: C,
    defaults: (payload: Payload, extra: Fields) => Fields | Promise<Fields>,
  ) =>
  async (
    payload: Payload,
    status: Status = 'published',
    extra: Fields = {},
  ): Promise<DataFromCollectionSlug<C>> =>
    (await payload.create({
      collection,
      data: { ...(await defaults(payload, extra)), _status: status, ...extra } as never,
      draft: status === 'draft',
    })) as DataFromCollectionSlug<C>

/** Minimal valid documents, written with overrideAccess (setup, not the thing under test). */
export const make = {
  assembly: withDrafts('assemblies', (_payload, extra) => {
    const year = (extra.year as number | undefined) ?? uniqueYear()
    return { title: `PICUM General Assembly ${year}`, year }
  }),
  session: withDrafts('sessions', async (payload, extra): Promise<Fields> => ({
    title: `Session ${next()}`,
    assembly: extra.assembly ?? (await make.assembly(payload)).id,
    position: 1,
    format: 'panel',
    summary: richTextFromParagraphs(['A test session.']),
  })),
  // Shows everything unless a test says otherwise: most tests are about other things than consent.
  speaker: withDrafts('speakers', () => ({
    name: `Speaker ${next()}`,
    consent: EVERYTHING_SHOWN,
  })),
  organisation: withDrafts('organisations', () => ({
    name: `Organisation ${next()}`,
    kind: 'ngo',
  })),
  win: withDrafts('wins', () => ({
    title: `Win ${next()}`,
    country: 'BE',
    level: 'national',
    kind: 'policy',
  })),
  source: withDrafts('sources', () => ({ title: `Source ${next()}`, publisher: 'PICUM' })),
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

/** The factory of each collection with drafts, for tests that go through all of them. */
export const makeIn: { [C in DraftCollection]: ReturnType<typeof withDrafts<C>> } = {
  assemblies: make.assembly,
  sessions: make.session,
  speakers: make.speaker,
  organisations: make.organisation,
  wins: make.win,
  sources: make.source,
}

export const pngBytes = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#888888' } })
    .png()
    .toBuffer()
