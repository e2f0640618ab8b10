import { sessionFacts } from '@/app/(frontend)/topics/[slug]/sessionFacts'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PagedRecordList, pagedListMetadata, pageLabel } from '@/components/PagedRecordList'
import { laterPagesRoute } from '@/components/RecordRoute'
import { getTopicSessions } from '@/lib/queries/topics'
import { pagedPaths, paths } from '@/lib/urls'

const route = laterPagesRoute(paths.topic, getTopicSessions)

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
