import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { docsById, populated, relationId, withDoc } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findOne } from '@/lib/queries/find'
import { readSpeakersAndOrganisations } from '@/lib/queries/pageRelations'
import {
  assemblyLinkSelect,
  imageSelect,
  organisationLinkSelect,
  sessionLinkSelect,
  sourceSelect,
  speakerLinkSelect,
  topicLinkSelect,
} from '@/lib/queries/selects'
import { readPresentedWins } from '@/lib/queries/wins'
import type { Organisation, Speaker } from '@/payload-types'

type Named = Pick<Speaker, 'id' | 'name' | 'slug'>
type OrganisationLink = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

export const getSession = publicQuery(
  'getSession',
  ['assemblies', 'sessions', 'speakers', 'organisations', 'topics', 'wins', 'media', 'sources'],
  async (viewer, year: number, slug: string) => {
    const payload = await getPayloadClient()
    const assembly = await findOne(payload, viewer, {
      collection: 'assemblies',
      where: { year: { equals: year } },
      depth: 0,
      joins: false,
      select: { ...assemblyLinkSelect, theme: true },
    })
    if (!assembly) return null

    const [session, programme] = await Promise.all([
      findOne(payload, viewer, {
        collection: 'sessions',
        where: { and: [{ assembly: { equals: assembly.id } }, { slug: { equals: slug } }] },
        // 1: speakers, organisations, topics and sources; 2: the speakers' photos.
        depth: 2,
        select: {
          ...sessionLinkSelect,
          format: true,
          summary: true,
          topics: true,
          contributions: true,
          resources: true,
          citations: true,
          updatedAt: true,
        },
        populate: {
          speakers: speakerLinkSelect,
          organisations: organisationLinkSelect,
          topics: topicLinkSelect,
          media: imageSelect,
          sources: sourceSelect,
        },
      }),
      findAll(payload, viewer, {
        collection: 'sessions',
        where: { assembly: { equals: assembly.id } },
        sort: 'position',
        depth: 0,
        select: sessionLinkSelect,
      }),
    ])
    if (!session) return null

    // A win's presenter usually spoke at the session: only the others are read, in one batch.
    const presented = await readPresentedWins(payload, viewer, { session: { equals: session.id } })
    const contributions = session.contributions ?? []
    const spoke = docsById(contributions.flatMap((item) => populated(item.speaker) ?? []))
    const spokeFor = docsById(
      contributions.flatMap((item) => populated(item.organisationAtTheTime) ?? []),
    )
    const unread = (ids: Array<number | null>, read: ReadonlyMap<number, unknown>) =>
      ids.filter((id) => id !== null && !read.has(id))
    const others = await readSpeakersAndOrganisations(
      payload,
      viewer,
      {
        speakers: unread(
          presented.map((win) => relationId(win.presenter)),
          spoke,
        ),
        organisations: unread(
          presented.map((win) => relationId(win.presenterOrganisation)),
          spokeFor,
        ),
      },
      // Win cards name the presenter without a photo.
      { withPhotos: false },
    )
    const presenters = new Map<number, Named>([...spoke, ...others.speakers])
    const presentedFor = new Map<number, OrganisationLink>([...spokeFor, ...others.organisations])
    const wins = presented.map((win) => ({
      ...win,
      presenter: withDoc(win.presenter, presenters),
      presenterOrganisation: withDoc(win.presenterOrganisation, presentedFor),
    }))

    const index = programme.findIndex((doc) => doc.id === session.id)
    return {
      assembly,
      session,
      wins,
      previous: index > 0 ? (programme[index - 1] ?? null) : null,
      next: index >= 0 ? (programme[index + 1] ?? null) : null,
    }
  },
)

export type SessionPage = NonNullable<Awaited<ReturnType<typeof getSession>>>

export const listSessionAddresses = publicQuery(
  'listSessionAddresses',
  ['assemblies', 'sessions'],
  async (viewer) => {
    const payload = await getPayloadClient()
    const docs = await findAll(payload, viewer, {
      collection: 'sessions',
      depth: 1,
      sort: 'position',
      select: { slug: true, assembly: true, updatedAt: true },
      populate: { assemblies: { year: true } },
    })
    return docs.flatMap((session) => {
      const assembly = populated(session.assembly)
      return assembly && session.slug
        ? [{ year: assembly.year, slug: session.slug, updatedAt: session.updatedAt }]
        : []
    })
  },
)
