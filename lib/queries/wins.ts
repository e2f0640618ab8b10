import 'server-only'

import type { Payload, Where } from 'payload'
import { cache } from 'react'

import type { TaggedCollection } from '@/lib/cacheTags'
import { dbFor } from '@/lib/compat/payload'
import { getPayloadClient } from '@/lib/payload'
import { populated, populatedList, relationId } from '@/lib/populated'
import { getPreviewViewer, publicViewer, type Viewer } from '@/lib/preview'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findByIds, findOne } from '@/lib/queries/find'
import {
  assemblyLinkSelect,
  imageSelect,
  organisationLinkSelect,
  sourceSelect,
  speakerLinkSelect,
  speakerNameSelect,
  topicLinkSelect,
  winCardSelect,
} from '@/lib/queries/selects'
import {
  isUnfilteredQuery,
  parseWinQuery,
  trackWins,
  type WinQuery,
  type WinTracking,
} from '@/lib/wins'
import { readWinTracking, type WinPageRelations } from '@/lib/wins/query'
import type { Media, WinsSelect } from '@/payload-types'

export const listWins = publicQuery('listWins', ['wins', 'assemblies'], async (viewer) => {
  const payload = await getPayloadClient()
  const docs = await findAll(payload, viewer, {
    collection: 'wins',
    depth: 1,
    sort: 'title',
    select: { title: true, slug: true, assembly: true, updatedAt: true },
    populate: { assemblies: { year: true } },
  })
  // Sorted here rather than by `assembly.year` in SQL: the list is read once and cached.
  const year = (win: (typeof docs)[number]) => populated(win.assembly)?.year ?? 0
  return docs.toSorted((a, b) => year(b) - year(a))
})

// Presenters and their organisations as ids: the page reads them with everyone else it names.
export function readPresentedWins(payload: Payload, viewer: Viewer, where: Where) {
  return findAll(payload, viewer, {
    collection: 'wins',
    where,
    sort: 'title',
    depth: 0,
    select: {
      ...winCardSelect,
      presenter: true,
      presenterOrganisation: true,
      presenterShowsOrganisation: true,
    },
  })
}

const trackerReads = [
  'wins',
  'assemblies',
  'sessions',
  'speakers',
  'organisations',
  'topics',
] as const satisfies TaggedCollection[]

// What a card shows of the win itself; its assembly and organisations come with the page's ids.
const trackedCardSelect = {
  ...winCardSelect,
  achievedOn: true,
  session: true,
  presenter: true,
  evidence: true,
} satisfies WinsSelect
const trackedCardPopulate = {
  sessions: { title: true, slug: true },
  speakers: speakerNameSelect,
} as const

type TrackedCard = Awaited<ReturnType<typeof readCards>>[number]
export type TrackedWin = TrackedCard & WinPageRelations
export type Tracking = WinTracking<TrackedWin>

function readCards(payload: Payload, viewer: Viewer, ids: number[]) {
  return findAll(payload, viewer, {
    collection: 'wins',
    where: { id: { in: ids } },
    depth: 1,
    select: trackedCardSelect,
    populate: trackedCardPopulate,
  })
}

/**
 * The public tracker: filters, counts and the page's ids in one SQL statement (lib/wins/query.ts),
 * then the page's wins through the Local API as the visitor, so access and field rules apply to
 * what is shown. Statements: that one, the wins, their sessions and their presenters: the same
 * four for 5 wins or 500.
 */
async function readPublicTracking(payload: Payload, viewer: Viewer, query: WinQuery) {
  const found = await readWinTracking(await dbFor(payload), query)
  const ids = found.wins.map((win) => win.id)
  const cards = ids.length === 0 ? [] : await readCards(payload, viewer, ids)
  const byId = new Map(cards.map((card) => [card.id, card]))
  const wins = found.wins.flatMap(({ id, ...relations }): TrackedWin[] => {
    const card = byId.get(id)
    return card ? [{ ...card, ...relations }] : []
  })
  return { ...found, wins } satisfies Tracking
}

// A staff preview shows drafts, which live in the versions table: read them all through the Local
// API and track them in memory, as the public tracker does in SQL.
async function readPreviewTracking(payload: Payload, viewer: Viewer, query: WinQuery) {
  const all = await findAll(payload, viewer, {
    collection: 'wins',
    depth: 1,
    sort: 'title',
    select: {
      ...trackedCardSelect,
      assembly: true,
      presenterOrganisation: true,
      presenterShowsOrganisation: true,
      creditedOrganisations: true,
      topics: true,
    },
    populate: {
      ...trackedCardPopulate,
      assemblies: assemblyLinkSelect,
      organisations: organisationLinkSelect,
      topics: topicLinkSelect,
    },
  })
  const tracking = trackWins(all, query)
  const wins = tracking.wins.map(
    ({ assembly, presenterOrganisation, creditedOrganisations, topics: _topics, ...card }) => ({
      ...card,
      assembly: populated(assembly),
      presenterOrganisation: populated(presenterOrganisation),
      creditedOrganisations: populatedList(creditedOrganisations),
    }),
  )
  return { ...tracking, wins } satisfies Tracking
}

const readTracking = (payload: Payload, viewer: Viewer, query: WinQuery): Promise<Tracking> =>
  viewer.draft
    ? readPreviewTracking(payload, viewer, query)
    : readPublicTracking(payload, viewer, query)

/** The static /wins: the unfiltered first page, cached and revalidated on publish. */
export const getUnfilteredWinTracking = publicQuery(
  'getUnfilteredWinTracking',
  [...trackerReads],
  async (viewer) => readTracking(await getPayloadClient(), viewer, parseWinQuery({})),
)

// Filtered views are read per request, uncached: no visitor's filters become a cache entry. Keyed
// by a string so the page and its metadata share one read.
const trackByKey = cache(async (key: string): Promise<Tracking> => {
  const query = JSON.parse(key) as WinQuery
  if (isUnfilteredQuery(query)) return getUnfilteredWinTracking()
  const viewer = (await getPreviewViewer()) ?? publicViewer
  return readTracking(await getPayloadClient(), viewer, query)
})

export const trackPublishedWins = (query: WinQuery): Promise<Tracking> =>
  trackByKey(JSON.stringify(query))

export const getWinBySlug = publicQuery(
  'getWinBySlug',
  ['wins', 'assemblies', 'sessions', 'speakers', 'organisations', 'topics', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const win = await findOne(payload, viewer, {
      collection: 'wins',
      where: { slug: { equals: slug } },
      // Organisations, assembly, session, presenter, topics and sources. Not 2: that would read
      // every speaker of the session too, where the page needs only the presenter's photo.
      depth: 1,
      select: {
        ...winCardSelect,
        achievedOn: true,
        creditedOrganisations: true,
        assembly: true,
        session: true,
        presenter: true,
        presenterOrganisation: true,
        presenterShowsOrganisation: true,
        figures: true,
        evidence: true,
        topics: true,
        citations: true,
        updatedAt: true,
      },
      populate: {
        organisations: organisationLinkSelect,
        assemblies: assemblyLinkSelect,
        // Who spoke in what role: the presenter's role at the time is on their contribution.
        sessions: {
          title: true,
          slug: true,
          contributions: { speaker: true, speakerShowsRole: true, roleAtTheTime: true },
        },
        speakers: speakerLinkSelect,
        topics: topicLinkSelect,
        media: imageSelect,
        sources: sourceSelect,
      },
    })
    const presenter = populated(win?.presenter)
    if (!win || !presenter) return win
    const photoId = relationId(presenter.photo)
    const [photo] = photoId ? await findByIds(payload, 'media', [photoId], imageSelect, viewer) : []
    // Typed as Payload types an upload it populated itself (it selects `imageSelect` too).
    const shown = (photo ?? photoId ?? null) as number | Media | null
    return { ...win, presenter: { ...presenter, photo: shown } }
  },
)

export type WinPage = NonNullable<Awaited<ReturnType<typeof getWinBySlug>>>
