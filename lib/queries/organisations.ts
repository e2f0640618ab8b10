import 'server-only'

import type { Assembly, Session, Speaker } from '@/payload-types'
import { getPayloadClient } from '@/lib/payload'
import { populated, populatedList, relationId, uniqueDocs, uniqueIds } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findByIds } from '@/lib/queries/findByIds'
import { imageSelect, sourceSelect } from '@/lib/queries/selects'

/** Every published organisation, A to Z. */
export const listOrganisations = publicQuery(
  'listOrganisations',
  ['organisations'],
  async (viewer) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'organisations',
      overrideAccess: false,
      ...viewer,
      depth: 0,
      // The directory lists every organisation on one page.
      limit: 0,
      sort: 'name',
      joins: false,
      select: {
        name: true,
        acronym: true,
        slug: true,
        kind: true,
        picumMembership: true,
        country: true,
        city: true,
        updatedAt: true,
      },
    })
    return docs
  },
)

export type OrganisationSummary = Awaited<ReturnType<typeof listOrganisations>>[number]

export type OrganisationAppearance = {
  session: Pick<Session, 'id' | 'title' | 'slug' | 'position'>
  assembly: Pick<Assembly, 'id' | 'title' | 'year' | 'slug'>
  /** Who spoke for the organisation in that session, with the role they held then. */
  speakers: { speaker: Pick<Speaker, 'id' | 'name' | 'slug'>; role: string | null }[]
}

/**
 * `/organisations/[slug]`: the organisation, its sources, its people (speakers recorded with it),
 * the sessions in which someone spoke for it, the wins its people presented for it and the wins
 * credited to it (not the same thing). The join fields come back with the organisation's own
 * query; the assemblies and speakers the sessions name are read in one batch each.
 */
export const getOrganisationBySlug = publicQuery(
  'getOrganisationBySlug',
  ['organisations', 'speakers', 'sessions', 'assemblies', 'wins', 'media', 'sources'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'organisations',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      ...viewer,
      depth: 1,
      limit: 1,
      pagination: false,
      select: {
        name: true,
        acronym: true,
        slug: true,
        kind: true,
        picumMembership: true,
        country: true,
        city: true,
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
        speakers: { name: true, slug: true, role: true, roleRecordedIn: true },
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
    const organisation = docs[0]
    if (!organisation) return null

    const sessions = uniqueDocs(populatedList(organisation.appearances?.docs))
    const spokeForIt = (contribution: NonNullable<Session['contributions']>[number]) =>
      relationId(contribution.organisationAtTheTime) === organisation.id
    const assemblyIds = uniqueIds(sessions.map((session) => relationId(session.assembly)))
    const speakerIds = uniqueIds(
      sessions.flatMap((session) =>
        (session.contributions ?? [])
          .filter(spokeForIt)
          .map((contribution) => relationId(contribution.speaker)),
      ),
    )
    const [assemblies, speakers] = await Promise.all([
      findByIds(payload, 'assemblies', assemblyIds, { title: true, year: true, slug: true }, viewer),
      findByIds(payload, 'speakers', speakerIds, { name: true, slug: true }, viewer),
    ])
    const assemblyById = new Map(assemblies.map((assembly) => [assembly.id, assembly]))
    const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker]))

    const appearances: OrganisationAppearance[] = sessions
      .flatMap((session) => {
        const assembly = assemblyById.get(relationId(session.assembly) ?? -1)
        if (!assembly) return []
        const { id, title, slug: sessionSlug, position } = session
        const spoke = (session.contributions ?? []).filter(spokeForIt).flatMap((contribution) => {
          // An unpublished speaker is left out, not named.
          const speaker = speakerById.get(relationId(contribution.speaker) ?? -1)
          return speaker ? [{ speaker, role: contribution.roleAtTheTime ?? null }] : []
        })
        return [{ session: { id, title, slug: sessionSlug, position }, assembly, speakers: spoke }]
      })
      .sort((a, b) => b.assembly.year - a.assembly.year || a.session.position - b.session.position)

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
