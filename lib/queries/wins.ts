import 'server-only'

import type { Payload, Where } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { populated } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findOne } from '@/lib/queries/find'
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
import { trackWins, type WinQuery } from '@/lib/wins'

/**
 * The address of every published win, most recent assembly first, then by title: for the win
 * pages' static params and the sitemap. The tracker's full list is listWinsForTracker.
 */
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

/**
 * The wins presented at an assembly or in a session, A to Z, as cards that name who presented
 * each for which organisation. Part of the assembly and session pages' reads, under their viewer.
 */
export function readPresentedWins(payload: Payload, viewer: Viewer, where: Where) {
  return findAll(payload, viewer, {
    collection: 'wins',
    where,
    sort: 'title',
    depth: 1,
    select: { ...winCardSelect, presenter: true, presenterOrganisation: true },
    populate: { speakers: speakerNameSelect, organisations: organisationLinkSelect },
  })
}

/**
 * `/wins`, the tracker: every published win with what it is filtered by (country, topics, kind,
 * level, year, the organisation that presented it, the organisations credited with it) and what
 * its card links to (those organisations, the session and speaker that presented it, evidence).
 * Filters are applied to this list per request (trackPublishedWins, lib/wins), so the cache holds
 * one list, whatever visitors filter by.
 */
export const listWinsForTracker = publicQuery(
  'listWinsForTracker',
  ['wins', 'assemblies', 'sessions', 'speakers', 'organisations', 'topics'],
  async (viewer) => {
    const payload = await getPayloadClient()
    // Tens of wins a year: the tracker filters and counts the whole list at once.
    return findAll(payload, viewer, {
      collection: 'wins',
      depth: 1,
      sort: 'title',
      select: {
        ...winCardSelect,
        achievedOn: true,
        assembly: true,
        session: true,
        presenter: true,
        presenterOrganisation: true,
        creditedOrganisations: true,
        topics: true,
        evidence: true,
      },
      populate: {
        assemblies: assemblyLinkSelect,
        sessions: { title: true, slug: true },
        speakers: speakerNameSelect,
        organisations: organisationLinkSelect,
        topics: topicLinkSelect,
      },
    })
  },
)

export type TrackedWin = Awaited<ReturnType<typeof listWinsForTracker>>[number]

/** The tracker in one state of its filters, sort and page: the cached list, filtered in memory. */
export async function trackPublishedWins(query: WinQuery) {
  return trackWins(await listWinsForTracker(), query)
}

/**
 * `/wins/[slug]`: one win with its figures, evidence and sources, where and by whom it was
 * presented (with the role the presenter spoke in there, from the session), for which
 * organisation, and the organisations credited with it.
 */
export const getWinBySlug = publicQuery(
  'getWinBySlug',
  ['wins', 'assemblies', 'sessions', 'speakers', 'organisations', 'topics', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    return findOne(payload, viewer, {
      collection: 'wins',
      where: { slug: { equals: slug } },
      // 1: organisations, assembly, session, presenter, topics, sources; 2: the presenter's photo.
      depth: 2,
      select: {
        ...winCardSelect,
        achievedOn: true,
        creditedOrganisations: true,
        assembly: true,
        session: true,
        presenter: true,
        presenterOrganisation: true,
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
          contributions: { speaker: true, roleAtTheTime: true },
        },
        speakers: speakerLinkSelect,
        topics: topicLinkSelect,
        media: imageSelect,
        sources: sourceSelect,
      },
    })
  },
)

export type WinPage = NonNullable<Awaited<ReturnType<typeof getWinBySlug>>>
