import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { populated } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'

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
    select: { name: true, slug: true, description: true, updatedAt: true },
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
    const { docs } = await payload.find({
      collection: 'topics',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      ...viewer,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { name: true, slug: true, description: true, updatedAt: true },
    })
    const topic = docs[0]
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
        populate: { assemblies: { title: true, year: true, slug: true } },
      }),
      payload.find({
        collection: 'wins',
        where: { topics: { in: [topic.id] } },
        overrideAccess: false,
        ...viewer,
        depth: 0,
        limit: 0,
        sort: 'title',
        select: { title: true, slug: true, summary: true, country: true, level: true, kind: true },
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
