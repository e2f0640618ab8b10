import { sessionFacts } from '@/app/(frontend)/topics/[slug]/sessionFacts'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { MoreLink } from '@/components/MoreLink'
import { PageHeader } from '@/components/PageHeader'
import { RecordArticle } from '@/components/RecordArticle'
import { slugRoute } from '@/components/RecordRoute'
import { WinsSection } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { getTopicBySlug, listTopics } from '@/lib/queries/topics'
import { pagedPaths, paths } from '@/lib/urls'

const route = slugRoute(listTopics, getTopicBySlug)

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ topic }) =>
  generateMeta({
    title: topic.name,
    description:
      topic.description ||
      `Sessions of PICUM’s General Assemblies and wins on ${topic.name.toLowerCase()}.`,
    path: paths.topic(topic.slug ?? ''),
  }),
)

export default route.page(function TopicPage({ topic, sessions, moreSessions, wins, moreWins }) {
  const slug = topic.slug ?? ''
  return (
    <RecordArticle
      record={{ collection: 'topics', id: topic.id }}
      trail={[{ href: paths.topics(), label: 'Topics' }]}
      current={topic.name}
    >
      <PageHeader eyebrow="Topic" title={topic.name} lede={topic.description} />

      <AppearanceTimeline
        id="sessions"
        title="Sessions"
        appearances={sessions.map((session) => ({ session, assembly: session.assembly }))}
        detail={sessionFacts}
        footer={
          moreSessions ? (
            <MoreLink href={pagedPaths.topicSessions(slug, 2)}>Earlier sessions</MoreLink>
          ) : null
        }
      />

      <WinsSection id="wins" title="Wins" wins={wins} />
      {moreWins ? (
        <MoreLink href={pagedPaths.winsWith('topic', slug)}>
          All wins on this topic in the wins tracker
        </MoreLink>
      ) : null}

      {sessions.length === 0 && wins.length === 0 ? (
        <p>Nothing on the record is filed under this topic yet.</p>
      ) : null}
    </RecordArticle>
  )
})
