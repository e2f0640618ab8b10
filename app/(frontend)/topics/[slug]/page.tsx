import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PageHeader } from '@/components/PageHeader'
import { RecordArticle } from '@/components/RecordArticle'
import { slugRoute } from '@/components/RecordRoute'
import { WinsSection } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { sessionFormatLabels } from '@/lib/labels'
import { getTopicBySlug, listTopics } from '@/lib/queries/topics'
import { paths } from '@/lib/urls'

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

export default route.page(function TopicPage({ topic, sessions, wins }) {
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
        detail={({ session }) => (
          <p className="meta">
            {sessionFormatLabels[session.format]} · Session {session.position}
          </p>
        )}
      />

      <WinsSection id="wins" title="Wins" wins={wins} />

      {sessions.length === 0 && wins.length === 0 ? (
        <p>Nothing on the record is filed under this topic yet.</p>
      ) : null}
    </RecordArticle>
  )
})
