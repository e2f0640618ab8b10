import 'server-only'

import type { Assembly, Organisation, Session } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload'
import { populatedList, relationId, uniqueDocs, uniqueIds } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findByIds } from '@/lib/queries/findByIds'
import { imageSelect, organisationLinkSelect, sourceSelect } from '@/lib/queries/selects'

/** Every published speaker, A to Z, with their role and organisation and the year recorded. */
export const listSpeakers = publicQuery(
  'listSpeakers',
  ['speakers', 'organisations', 'media'],
  async (viewer) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'speakers',
      overrideAccess: false,
      ...viewer,
      depth: 1,
      // The directory lists everyone on one page.
      limit: 0,
      sort: 'name',
      joins: false,
      select: {
        name: true,
        slug: true,
        role: true,
        organisation: true,
        roleRecordedIn: true,
        photo: true,
        updatedAt: true,
      },
      populate: { organisations: organisationLinkSelect, media: imageSelect },
    })
    return docs
  },
)

export type SpeakerSummary = Awaited<ReturnType<typeof listSpeakers>>[number]

type AppearanceSession = Pick<Session, 'id' | 'title' | 'slug' | 'position'>
type AppearanceAssembly = Pick<Assembly, 'id' | 'title' | 'year' | 'slug'>
type OrganisationLink = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

export type SpeakerAppearance = {
  session: AppearanceSession
  assembly: AppearanceAssembly
  /** What they spoke as at that assembly: usually one contribution, so one role. */
  roles: { role: string | null; organisation: OrganisationLink | null }[]
}

/**
 * `/speakers/[slug]`: the person, their role and organisation as recorded in a given year, their
 * sources, and every appearance across all years with the role they held then. The `appearances` join returns every published
 * session they spoke in within the speaker's own query; the assemblies and organisations those
 * sessions name are then read in one batch each, so the count of SQL queries does not grow with
 * the number of appearances.
 */
export const getSpeakerBySlug = publicQuery(
  'getSpeakerBySlug',
  ['speakers', 'sessions', 'assemblies', 'organisations', 'wins', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'speakers',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      ...viewer,
      depth: 1,
      limit: 1,
      pagination: false,
      select: {
        name: true,
        slug: true,
        role: true,
        organisation: true,
        roleRecordedIn: true,
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
        sessions: {
          title: true,
          slug: true,
          position: true,
          assembly: true,
          contributions: { speaker: true, roleAtTheTime: true, organisationAtTheTime: true },
        },
        wins: { title: true, slug: true, summary: true, country: true, level: true, kind: true },
      },
    })
    const speaker = docs[0]
    if (!speaker) return null

    const sessions = uniqueDocs(populatedList(speaker.appearances?.docs))
    const assemblyIds = uniqueIds(sessions.map((session) => relationId(session.assembly)))
    const organisationIds = uniqueIds(
      sessions.flatMap((session) =>
        (session.contributions ?? [])
          .filter((contribution) => relationId(contribution.speaker) === speaker.id)
          .map((contribution) => relationId(contribution.organisationAtTheTime)),
      ),
    )
    const [assemblies, organisations] = await Promise.all([
      findByIds(payload, 'assemblies', assemblyIds, { title: true, year: true, slug: true }, viewer),
      findByIds(payload, 'organisations', organisationIds, organisationLinkSelect, viewer),
    ])
    const assemblyById = new Map(assemblies.map((assembly) => [assembly.id, assembly]))
    const organisationById = new Map(organisations.map((org) => [org.id, org]))

    const appearances: SpeakerAppearance[] = sessions
      .flatMap((session) => {
        // A session of an assembly that is not (or no longer) published is not on the site.
        const assembly = assemblyById.get(relationId(session.assembly) ?? -1)
        if (!assembly) return []
        const roles = (session.contributions ?? [])
          .filter((contribution) => relationId(contribution.speaker) === speaker.id)
          .map((contribution) => ({
            role: contribution.roleAtTheTime ?? null,
            organisation:
              organisationById.get(relationId(contribution.organisationAtTheTime) ?? -1) ?? null,
          }))
        const { id, title, slug: sessionSlug, position } = session
        return [{ session: { id, title, slug: sessionSlug, position }, assembly, roles }]
      })
      .sort((a, b) => b.assembly.year - a.assembly.year || a.session.position - b.session.position)

    return { speaker, appearances, wins: populatedList(speaker.presentedWins?.docs) }
  },
)

export type SpeakerPage = NonNullable<Awaited<ReturnType<typeof getSpeakerBySlug>>>
