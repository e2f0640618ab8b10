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

// Filtered in memory per request (trackPublishedWins), so the cache holds one list.
export const listWinsForTracker = publicQuery(
  'listWinsForTracker',
  ['wins', 'assemblies', 'sessions', 'speakers', 'organisations', 'topics'],
  async (viewer) => {
    const payload = await getPayloadClient()
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

export async function trackPublishedWins(query: WinQuery) {
  return trackWins(await listWinsForTracker(), query)
}

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
