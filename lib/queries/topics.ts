import 'server-only'

import type { Payload } from 'payload'

import { getPayloadClient } from '@/lib/payload'
import { relationId } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import {
  APPEARANCE_SORT,
  APPEARANCES_PER_PAGE,
  type AssemblyLink,
  ofAssemblies,
  readAssemblies,
} from '@/lib/queries/appearances'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findFirst, findOne, findPage } from '@/lib/queries/find'
import { sessionLinkSelect, topicLinkSelect, winCardSelect } from '@/lib/queries/selects'
import type { Session } from '@/payload-types'

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

const sessionOnTopicSelect = { ...sessionLinkSelect, format: true, assembly: true } as const

type TopicSession = Pick<Session, 'id' | 'title' | 'slug' | 'position' | 'format' | 'assembly'>

// Only sessions of published assemblies have a page to link to (the query keeps to those).
const withAssemblies = (sessions: TopicSession[], assemblies: AssemblyLink[]) => {
  const byId = new Map(assemblies.map((assembly) => [assembly.id, assembly]))
  return sessions
    .flatMap((session) => {
      const assembly = byId.get(relationId(session.assembly) ?? -1)
      return assembly ? [{ ...session, assembly }] : []
    })
    .sort((a, b) => b.assembly.year - a.assembly.year || a.position - b.position)
}

const readTopic = (payload: Payload, viewer: Viewer, slug: string) =>
  findOne(payload, viewer, {
    collection: 'topics',
    where: { slug: { equals: slug } },
    depth: 0,
    select: topicSelect,
  })

/** Wins shown on a topic's page; the wins tracker, filtered by the topic, lists them all. */
export const TOPIC_WINS_SHOWN = 20

// The newest sessions and some wins; `more…` say whether the rest is on other pages.
export const getTopicBySlug = publicQuery(
  'getTopicBySlug',
  ['topics', 'sessions', 'assemblies', 'wins'],
  async (viewer, slug: string) => {
    const payload = await getPayloadClient()
    const [topic, assemblies] = await Promise.all([
      readTopic(payload, viewer, slug),
      readAssemblies(payload, viewer),
    ])
    if (!topic) return null

    const onTopic = { topics: { in: [topic.id] } }
    const [sessions, wins] = await Promise.all([
      findFirst(payload, viewer, {
        collection: 'sessions',
        where: { and: [onTopic, ofAssemblies(assemblies)] },
        depth: 0,
        sort: APPEARANCE_SORT,
        joins: false as never,
        select: sessionOnTopicSelect,
        limit: APPEARANCES_PER_PAGE,
      }),
      findFirst(payload, viewer, {
        collection: 'wins',
        where: onTopic,
        depth: 0,
        sort: 'title',
        joins: false as never,
        select: winCardSelect,
        limit: TOPIC_WINS_SHOWN,
      }),
    ])
    return {
      topic,
      sessions: withAssemblies(sessions.docs, assemblies),
      moreSessions: sessions.more,
      wins: wins.docs,
      moreWins: wins.more,
    }
  },
)

export type TopicPage = NonNullable<Awaited<ReturnType<typeof getTopicBySlug>>>

// Page 2 on of a topic's sessions (page 1 is on its page); null past the last page.
export const getTopicSessions = publicQuery(
  'getTopicSessions',
  ['topics', 'sessions', 'assemblies'],
  async (viewer, slug: string, page: number) => {
    const payload = await getPayloadClient()
    const [topic, assemblies] = await Promise.all([
      readTopic(payload, viewer, slug),
      readAssemblies(payload, viewer),
    ])
    if (!topic) return null
    const { docs, totalDocs, totalPages } = await findPage(payload, viewer, {
      collection: 'sessions',
      where: { and: [{ topics: { in: [topic.id] } }, ofAssemblies(assemblies)] },
      depth: 0,
      sort: APPEARANCE_SORT,
      joins: false as never,
      select: sessionOnTopicSelect,
      limit: APPEARANCES_PER_PAGE,
      page,
    })
    if (page > totalPages) return null
    return {
      topic,
      sessions: {
        items: withAssemblies(docs, assemblies),
        page,
        pageCount: totalPages,
        total: totalDocs,
      },
    }
  },
)

export type TopicSessionsPage = NonNullable<Awaited<ReturnType<typeof getTopicSessions>>>
