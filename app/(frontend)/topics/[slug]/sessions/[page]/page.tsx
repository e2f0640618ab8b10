import { redirect } from 'next/navigation'

import { sessionFacts } from '@/app/(frontend)/topics/[slug]/sessionFacts'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PagedRecordList, pagedListMetadata, pageLabel } from '@/components/PagedRecordList'
import { recordRoute } from '@/components/RecordRoute'
import { parseSlug } from '@/lib/params'
import { getTopicSessions } from '@/lib/queries/topics'
import { pagedPaths, parsePageNumber, paths } from '@/lib/urls'

// Page 1 is the topic's own page; these render on first visit and stay cached until a publish.
const route = recordRoute({
  addresses: async () => [],
  find: async ({ slug: rawSlug, page: rawPage }: { slug: string; page: string }) => {
    const slug = parseSlug(rawSlug)
    const page = parsePageNumber(rawPage)
    if (slug === null || page === null) return null
    if (page === 1) redirect(paths.topic(slug))
    return getTopicSessions(slug, page)
  },
})

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ topic, sessions }) =>
  pagedListMetadata(
    `Sessions on ${topic.name.toLowerCase()}, ${pageLabel(sessions)}`,
    pagedPaths.topicSessions(topic.slug ?? '', sessions.page),
  ),
)

export default route.page(function TopicSessionsPage({ topic, sessions }) {
  const slug = topic.slug ?? ''
  return (
    <PagedRecordList
      record={{ collection: 'topics', id: topic.id }}
      trail={[
        { href: paths.topics(), label: 'Topics' },
        { href: paths.topic(slug), label: topic.name },
      ]}
      title={`Sessions on ${topic.name.toLowerCase()}`}
      lede={`${sessions.total} sessions, newest first.`}
      paging={sessions}
      hrefFor={(page) => pagedPaths.topicSessions(slug, page)}
    >
      <AppearanceTimeline
        id="sessions"
        title={`Sessions, ${pageLabel(sessions)}`}
        appearances={sessions.items.map((session) => ({ session, assembly: session.assembly }))}
        detail={sessionFacts}
      />
    </PagedRecordList>
  )
})
