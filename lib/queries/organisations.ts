import 'server-only'

import type { Payload } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { populated, populatedList, relationId } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import {
  type Appearance,
  findFirstAppearanceSessions,
  laterAppearances,
  readAppearances,
  readAssemblies,
} from '@/lib/queries/appearances'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findByIds, findOne } from '@/lib/queries/find'
import {
  imageSelect,
  organisationLinkSelect,
  organisationSummarySelect,
  sourceSelect,
  speakerNameSelect,
  winCardSelect,
} from '@/lib/queries/selects'
import type { Speaker } from '@/payload-types'

export const listOrganisations = publicQuery(
  'listOrganisations',
  ['organisations'],
  async (viewer) => {
    const payload = await getPayloadClient()
    return findAll(payload, viewer, {
      collection: 'organisations',
      depth: 0,
      sort: 'name',
      joins: false,
      select: { ...organisationSummarySelect, picumMembership: true, updatedAt: true },
    })
  },
)

export type OrganisationSummary = Awaited<ReturnType<typeof listOrganisations>>[number]

export type OrganisationAppearance = Omit<Appearance<never>, 'details'> & {
  speakers: { speaker: Pick<Speaker, 'id' | 'name' | 'slug'>; role: string | null }[]
}

const readOrganisationAppearances = async (
  payload: Payload,
  viewer: Viewer,
  organisationId: number,
  sessions: Parameters<typeof readAppearances>[0]['sessions'],
  assemblies: Parameters<typeof readAppearances>[0]['assemblies'],
): Promise<OrganisationAppearance[]> =>
  (
    await readAppearances({
      sessions,
      assemblies,
      theirs: (contribution) => relationId(contribution.organisationAtTheTime) === organisationId,
      otherEnd: 'speaker',
      readOthers: (ids) => findByIds(payload, 'speakers', ids, speakerNameSelect, viewer),
      // An unpublished speaker is left out, not named.
      detail: (contribution, speaker) =>
        speaker ? { speaker, role: contribution.roleAtTheTime ?? null } : null,
    })
  ).map(({ details, ...appearance }) => ({ ...appearance, speakers: details }))

/** Wins shown on its page; the wins tracker, filtered by it, lists them all. */
export const WINS_SHOWN = 20

// Wins presented for it and wins credited to it are not the same thing.
export const getOrganisationBySlug = publicQuery(
  'getOrganisationBySlug',
  ['organisations', 'speakers', 'sessions', 'assemblies', 'wins', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const [assemblies, organisation] = await Promise.all([
      readAssemblies(payload, viewer),
      findOne(payload, viewer, {
        collection: 'organisations',
        where: { slug: { equals: slug } },
        depth: 1,
        select: {
          ...organisationSummarySelect,
          picumMembership: true,
          website: true,
          description: true,
          logo: true,
          citations: true,
          people: true,
          presentedWins: true,
          creditedWins: true,
          updatedAt: true,
        },
        joins: {
          people: { limit: 0, sort: 'name' },
          presentedWins: { limit: WINS_SHOWN, count: true, sort: 'title' },
          creditedWins: { limit: WINS_SHOWN, count: true, sort: 'title' },
        },
        populate: {
          media: imageSelect,
          sources: sourceSelect,
          speakers: { ...speakerNameSelect, role: true, roleRecordedIn: true },
          wins: winCardSelect,
        },
      }),
    ])
    if (!organisation) return null

    const sessions = await findFirstAppearanceSessions({
      payload,
      viewer,
      assemblies,
      where: { 'contributions.organisationAtTheTime': { equals: organisation.id } },
    })
    const appearances = await readOrganisationAppearances(
      payload,
      viewer,
      organisation.id,
      sessions.docs,
      assemblies,
    )

    return {
      organisation,
      logo: populated(organisation.logo),
      people: populatedList(organisation.people?.docs),
      appearances: { items: appearances, more: sessions.more },
      presentedWins: populatedList(organisation.presentedWins?.docs),
      creditedWins: populatedList(organisation.creditedWins?.docs),
      // Past WINS_SHOWN, its page links to the wins tracker filtered by it.
      winTotals: {
        presented: organisation.presentedWins?.totalDocs ?? 0,
        credited: organisation.creditedWins?.totalDocs ?? 0,
      },
    }
  },
)

export type OrganisationPage = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>

// Page 2 on of the sessions its people spoke at (page 1 is on its page); null past the last page.
export const getOrganisationAppearances = publicQuery(
  'getOrganisationAppearances',
  ['organisations', 'speakers', 'sessions', 'assemblies'],
  async (viewer, slug: string, page: number) => {
    const payload = await getPayloadClient()
    const later = await laterAppearances({
      payload,
      viewer,
      page,
      find: findOne(payload, viewer, {
        collection: 'organisations',
        where: { slug: { equals: slug } },
        depth: 0,
        joins: false,
        select: organisationLinkSelect,
      }),
      where: (organisation) => ({
        'contributions.organisationAtTheTime': { equals: organisation.id },
      }),
      read: (organisation, sessions, assemblies) =>
        readOrganisationAppearances(payload, viewer, organisation.id, sessions, assemblies),
    })
    return later && { organisation: later.found, appearances: later.appearances }
  },
)

export type OrganisationAppearancesPage = NonNullable<
  Awaited<ReturnType<typeof getOrganisationAppearances>>
>
