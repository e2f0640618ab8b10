import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { populated } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { imageSelect, organisationLinkSelect, speakerLinkSelect } from '@/lib/queries/selects'

/** Every published win, most recent assembly first, then by title. */
export const listWins = publicQuery(
  'listWins',
  ['wins', 'assemblies', 'organisations'],
  async () => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'wins',
      overrideAccess: false,
      draft: false,
      depth: 1,
      // A simple list of every win; filtering comes with search.
      limit: 0,
      sort: 'title',
      select: {
        title: true,
        slug: true,
        summary: true,
        country: true,
        level: true,
        kind: true,
        achievedOn: true,
        assembly: true,
        organisations: true,
        updatedAt: true,
      },
      populate: {
        assemblies: { title: true, year: true, slug: true },
        organisations: organisationLinkSelect,
      },
    })
    // Sorted here rather than by `assembly.year` in SQL: the list is read once and cached.
    const year = (win: (typeof docs)[number]) => populated(win.assembly)?.year ?? 0
    return docs.toSorted((a, b) => year(b) - year(a))
  },
)

export type WinSummary = Awaited<ReturnType<typeof listWins>>[number]

/** `/wins/[slug]`: one win with its figures, evidence, organisations, and where it was presented. */
export const getWinBySlug = publicQuery(
  'getWinBySlug',
  ['wins', 'assemblies', 'sessions', 'speakers', 'organisations', 'topics', 'media'],
  async (slug: string) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'wins',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      draft: false,
      // 1: organisations, assembly, session, presenter and topics; 2: the presenter's photo.
      depth: 2,
      limit: 1,
      pagination: false,
      select: {
        title: true,
        slug: true,
        summary: true,
        country: true,
        level: true,
        kind: true,
        achievedOn: true,
        organisations: true,
        assembly: true,
        session: true,
        presenter: true,
        figures: true,
        evidence: true,
        topics: true,
        updatedAt: true,
      },
      populate: {
        organisations: organisationLinkSelect,
        assemblies: { title: true, year: true, slug: true },
        sessions: { title: true, slug: true },
        speakers: { ...speakerLinkSelect, currentRole: true },
        topics: { name: true, slug: true },
        media: imageSelect,
      },
    })
    return docs[0] ?? null
  },
)

export type WinPage = NonNullable<Awaited<ReturnType<typeof getWinBySlug>>>
