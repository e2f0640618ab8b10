import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { populatedList, relationId } from '@/lib/populated'
import { type Appearance, readAppearances } from '@/lib/queries/appearances'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findByIds, findOne } from '@/lib/queries/find'
import {
  appearanceSessionSelect,
  imageSelect,
  organisationLinkSelect,
  sourceSelect,
  speakerRoleSelect,
  winCardSelect,
} from '@/lib/queries/selects'
import type { Organisation } from '@/payload-types'

export const listSpeakers = publicQuery(
  'listSpeakers',
  ['speakers', 'organisations', 'media'],
  async (viewer) => {
    const payload = await getPayloadClient()
    return findAll(payload, viewer, {
      collection: 'speakers',
      depth: 1,
      sort: 'name',
      joins: false,
      select: { ...speakerRoleSelect, photo: true, updatedAt: true },
      populate: { organisations: organisationLinkSelect, media: imageSelect },
    })
  },
)

export type SpeakerSummary = Awaited<ReturnType<typeof listSpeakers>>[number]

type OrganisationLink = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

export type SpeakerAppearance = Omit<Appearance<never>, 'details'> & {
  roles: { role: string | null; organisation: OrganisationLink | null }[]
}

// The `appearances` join returns their sessions within the speaker's own query.
export const getSpeakerBySlug = publicQuery(
  'getSpeakerBySlug',
  ['speakers', 'sessions', 'assemblies', 'organisations', 'wins', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const speaker = await findOne(payload, viewer, {
      collection: 'speakers',
      where: { slug: { equals: slug } },
      depth: 1,
      select: {
        ...speakerRoleSelect,
        bio: true,
        photo: true,
        links: true,
        citations: true,
        appearances: true,
        presentedWins: true,
        updatedAt: true,
      },
      joins: {
        appearances: { limit: 0 },
        presentedWins: { limit: 0, sort: 'title' },
      },
      populate: {
        organisations: organisationLinkSelect,
        media: imageSelect,
        sources: sourceSelect,
        sessions: appearanceSessionSelect,
        wins: winCardSelect,
      },
    })
    if (!speaker) return null

    const appearances: SpeakerAppearance[] = (
      await readAppearances({
        payload,
        viewer,
        joined: speaker.appearances?.docs,
        theirs: (contribution) => relationId(contribution.speaker) === speaker.id,
        otherEnd: 'organisationAtTheTime',
        readOthers: (ids) =>
          findByIds(payload, 'organisations', ids, organisationLinkSelect, viewer),
        detail: (contribution, organisation) => ({
          role: contribution.roleAtTheTime ?? null,
          organisation,
        }),
      })
    ).map(({ details, ...appearance }) => ({ ...appearance, roles: details }))

    return { speaker, appearances, wins: populatedList(speaker.presentedWins?.docs) }
  },
)

export type SpeakerPage = NonNullable<Awaited<ReturnType<typeof getSpeakerBySlug>>>
