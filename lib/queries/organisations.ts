import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { populated, populatedList, relationId } from '@/lib/populated'
import { type Appearance, readAppearances } from '@/lib/queries/appearances'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findByIds, findOne } from '@/lib/queries/find'
import {
  appearanceSessionSelect,
  imageSelect,
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

// Wins presented for it and wins credited to it are not the same thing.
export const getOrganisationBySlug = publicQuery(
  'getOrganisationBySlug',
  ['organisations', 'speakers', 'sessions', 'assemblies', 'wins', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const organisation = await findOne(payload, viewer, {
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
        appearances: true,
        presentedWins: true,
        creditedWins: true,
        updatedAt: true,
      },
      joins: {
        people: { limit: 0, sort: 'name' },
        appearances: { limit: 0 },
        presentedWins: { limit: 0, sort: 'title' },
        creditedWins: { limit: 0, sort: 'title' },
      },
      populate: {
        media: imageSelect,
        sources: sourceSelect,
        speakers: { ...speakerNameSelect, role: true, roleRecordedIn: true },
        sessions: appearanceSessionSelect,
        wins: winCardSelect,
      },
    })
    if (!organisation) return null

    const appearances: OrganisationAppearance[] = (
      await readAppearances({
        payload,
        viewer,
        joined: organisation.appearances?.docs,
        theirs: (contribution) =>
          relationId(contribution.organisationAtTheTime) === organisation.id,
        otherEnd: 'speaker',
        readOthers: (ids) => findByIds(payload, 'speakers', ids, speakerNameSelect, viewer),
        // An unpublished speaker is left out, not named.
        detail: (contribution, speaker) =>
          speaker ? { speaker, role: contribution.roleAtTheTime ?? null } : null,
      })
    ).map(({ details, ...appearance }) => ({ ...appearance, speakers: details }))

    return {
      organisation,
      logo: populated(organisation.logo),
      people: populatedList(organisation.people?.docs),
      appearances,
      presentedWins: populatedList(organisation.presentedWins?.docs),
      creditedWins: populatedList(organisation.creditedWins?.docs),
    }
  },
)

export type OrganisationPage = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>
