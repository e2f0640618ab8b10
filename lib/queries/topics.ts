import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { populated } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findOne } from '@/lib/queries/findOne'
import { assemblyLinkSelect, topicLinkSelect, winCardSelect } from '@/lib/queries/selects'

const topicSelect = { ...topicLinkSelect, description: true, updatedAt: true } as const

/** Every topic, A to Z. Topics have no drafts: all of them are public. */
export const listTopics = publicQuery('listTopics', ['topics'], async (viewer) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    overrideAccess: false,
    ...viewer,
    depth: 0,
    limit: 0,
    sort: 'name',
    select: topicSelect,
  })
  return docs
})

export type TopicSummary = Awaited<ReturnType<typeof listTopics>>[number]

/** `/topics/[slug]`: the topic, the published sessions filed under it and its published wins. */
export const getTopicBySlug = publicQuery(
  'getTopicBySlug',
  ['topics', 'sessions', 'assemblies', 'wins'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const topic = await findOne(payload, viewer, {
      collection: 'topics',
      where: { slug: { equals: slug } },
      depth: 0,
      select: topicSelect,
    })
    if (!topic) return null

    const [sessions, wins] = await Promise.all([
      payload.find({
        collection: 'sessions',
        where: { topics: { in: [topic.id] } },
        overrideAccess: false,
        ...viewer,
        depth: 1,
        limit: 0,
        sort: 'position',
        select: { title: true, slug: true, position: true, format: true, assembly: true },
        populate: { assemblies: assemblyLinkSelect },
      }),
      payload.find({
        collection: 'wins',
        where: { topics: { in: [topic.id] } },
        overrideAccess: false,
        ...viewer,
        depth: 0,
        limit: 0,
        sort: 'title',
        select: winCardSelect,
      }),
    ])
    return {
      topic,
      // Only sessions of published assemblies have a page to link to.
      sessions: sessions.docs
        .flatMap((session) => {
          const assembly = populated(session.assembly)
          return assembly ? [{ ...session, assembly }] : []
        })
        .sort((a, b) => b.assembly.year - a.assembly.year || a.position - b.position),
      wins: wins.docs,
    }
  },
)

export type TopicPage = NonNullable<Awaited<ReturnType<typeof getTopicBySlug>>>
