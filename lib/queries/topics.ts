import 'server-only'

import { getPayloadClient } from '@/lib/payload'
import { populated } from '@/lib/populated'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findOne } from '@/lib/queries/find'
import {
  assemblyLinkSelect,
  sessionLinkSelect,
  topicLinkSelect,
  winCardSelect,
} from '@/lib/queries/selects'

const topicSelect = { ...topicLinkSelect, description: true, updatedAt: true } as const

// Topics have no drafts: all of them are public.
export const listTopics = publicQuery('listTopics', ['topics'], async (viewer) => {
  const payload = await getPayloadClient()
  return findAll(payload, viewer, {
    collection: 'topics',
    depth: 0,
    sort: 'name',
    select: topicSelect,
  })
})

export type TopicSummary = Awaited<ReturnType<typeof listTopics>>[number]

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
      findAll(payload, viewer, {
        collection: 'sessions',
        where: { topics: { in: [topic.id] } },
        depth: 1,
        sort: 'position',
        select: { ...sessionLinkSelect, format: true, assembly: true },
        populate: { assemblies: assemblyLinkSelect },
      }),
      findAll(payload, viewer, {
        collection: 'wins',
        where: { topics: { in: [topic.id] } },
        depth: 0,
        sort: 'title',
        select: winCardSelect,
      }),
    ])
    return {
      topic,
      // Only sessions of published assemblies have a page to link to.
      sessions: sessions
        .flatMap((session) => {
          const assembly = populated(session.assembly)
          return assembly ? [{ ...session, assembly }] : []
        })
        .sort((a, b) => b.assembly.year - a.assembly.year || a.position - b.position),
      wins,
    }
  },
)

export type TopicPage = NonNullable<Awaited<ReturnType<typeof getTopicBySlug>>>
