import 'server-only'

import type { Payload } from 'payload'

import { namedWhere } from '@/lib/consent'
import { getPayloadClient } from '@/lib/payload'
import { populatedList, relationId } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import {
  type Appearance,
  findFirstAppearanceSessions,
  laterAppearances,
  readAppearances,
  readAssemblies,
} from '@/lib/queries/appearances'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findByIds, findOne, findPage } from '@/lib/queries/find'
import {
  imageSelect,
  organisationLinkSelect,
  sourceSelect,
  speakerNameSelect,
  speakerRoleSelect,
  winCardSelect,
} from '@/lib/queries/selects'
import type { Organisation } from '@/payload-types'

export const SPEAKERS_PER_PAGE = 48

// Only people who agreed to be named have a page, are listed, or are found by their address; the
// others appear in the programme as "A speaker from …" (components/SpeakerByline).

// One page A–Z, paged and counted in PostgreSQL; null past the last page.
const listSpeakerPage = publicQuery(
  'listSpeakers',
  ['speakers', 'organisations', 'media'],
  async (viewer, page: number) => {
    const payload = await getPayloadClient()
    const { docs, totalDocs, totalPages } = await findPage(payload, viewer, {
      collection: 'speakers',
      where: namedWhere,
      depth: 1,
      sort: 'name',
      joins: false,
      select: { ...speakerRoleSelect, photo: true },
      populate: { organisations: organisationLinkSelect, media: imageSelect },
      limit: SPEAKERS_PER_PAGE,
      page,
    })
    if (page > totalPages) return null
    return { speakers: docs, page, pageCount: totalPages, total: totalDocs }
  },
)

export const listSpeakers = Object.assign((page = 1) => listSpeakerPage(page), {
  tags: listSpeakerPage.tags,
  published: (page = 1) => listSpeakerPage.published(page),
})

export type SpeakerSummary = NonNullable<
  Awaited<ReturnType<typeof listSpeakers>>
>['speakers'][number]

// Every published speaker's address, for generateStaticParams and the sitemap: no relations read.
export const listSpeakerAddresses = publicQuery(
  'listSpeakerAddresses',
  ['speakers'],
  async (viewer) => {
    const payload = await getPayloadClient()
    return findAll(payload, viewer, {
      collection: 'speakers',
      where: namedWhere,
      depth: 0,
      sort: 'name',
      joins: false,
      select: { ...speakerNameSelect, updatedAt: true },
    })
  },
)

type OrganisationLink = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

export type SpeakerAppearance = Omit<Appearance<never>, 'details'> & {
  roles: { role: string | null; organisation: OrganisationLink | null }[]
}

const readSpeakerAppearances = async (
  payload: Payload,
  viewer: Viewer,
  speakerId: number,
  sessions: Parameters<typeof readAppearances>[0]['sessions'],
  assemblies: Parameters<typeof readAppearances>[0]['assemblies'],
): Promise<SpeakerAppearance[]> =>
  (
    await readAppearances({
      sessions,
      assemblies,
      theirs: (contribution) => relationId(contribution.speaker) === speakerId,
      otherEnd: 'organisationAtTheTime',
      readOthers: (ids) => findByIds(payload, 'organisations', ids, organisationLinkSelect, viewer),
      detail: (contribution, organisation) => ({
        role: contribution.roleAtTheTime ?? null,
        organisation,
      }),
    })
  ).map(({ details, ...appearance }) => ({ ...appearance, roles: details }))

// Their newest appearances; `more` says whether earlier ones are on the next pages.
export const getSpeakerBySlug = publicQuery(
  'getSpeakerBySlug',
  ['speakers', 'sessions', 'assemblies', 'organisations', 'wins', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const [assemblies, speaker] = await Promise.all([
      readAssemblies(payload, viewer),
      findOne(payload, viewer, {
        collection: 'speakers',
        where: { and: [{ slug: { equals: slug } }, namedWhere] },
        depth: 1,
        select: {
          ...speakerRoleSelect,
          bio: true,
          photo: true,
          links: true,
          citations: true,
          presentedWins: true,
          updatedAt: true,
        },
        joins: { presentedWins: { limit: 0, sort: 'title' } },
        populate: {
          organisations: organisationLinkSelect,
          media: imageSelect,
          sources: sourceSelect,
          wins: winCardSelect,
        },
      }),
    ])
    if (!speaker) return null

    const sessions = await findFirstAppearanceSessions({
      payload,
      viewer,
      assemblies,
      where: { 'contributions.speaker': { equals: speaker.id } },
    })
    const appearances = await readSpeakerAppearances(
      payload,
      viewer,
      speaker.id,
      sessions.docs,
      assemblies,
    )
    return {
      speaker,
      appearances: { items: appearances, more: sessions.more },
      wins: populatedList(speaker.presentedWins?.docs),
    }
  },
)

export type SpeakerPage = NonNullable<Awaited<ReturnType<typeof getSpeakerBySlug>>>

// Page 2 on of a speaker's appearances (page 1 is on their page); null past the last page.
export const getSpeakerAppearances = publicQuery(
  'getSpeakerAppearances',
  ['speakers', 'sessions', 'assemblies', 'organisations'],
  async (viewer, slug: string, page: number) => {
    const payload = await getPayloadClient()
    const later = await laterAppearances({
      payload,
      viewer,
      page,
      find: findOne(payload, viewer, {
        collection: 'speakers',
        where: { and: [{ slug: { equals: slug } }, namedWhere] },
        depth: 0,
        joins: false,
        select: speakerNameSelect,
      }),
      where: (speaker) => ({ 'contributions.speaker': { equals: speaker.id } }),
      read: (speaker, sessions, assemblies) =>
        readSpeakerAppearances(payload, viewer, speaker.id, sessions, assemblies),
    })
    return later && { speaker: later.found, appearances: later.appearances }
  },
)

export type SpeakerAppearancesPage = NonNullable<Awaited<ReturnType<typeof getSpeakerAppearances>>>
