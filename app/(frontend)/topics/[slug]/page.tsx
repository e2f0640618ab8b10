import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageHeader } from '@/components/PageHeader'
import { WinList } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { sessionFormatLabels } from '@/lib/labels'
import { parseSlug } from '@/lib/params'
import { getTopicBySlug, listTopics } from '@/lib/queries/topics'
import { paths } from '@/lib/urls'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const topics = await listTopics.published()
  return topics.flatMap((topic) => (topic.slug ? [{ slug: topic.slug }] : []))
}

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug === null ? null : await getTopicBySlug(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return notFoundMetadata
  const { topic } = loaded
  return generateMeta({
    title: topic.name,
    description:
      topic.description ||
      `Sessions of PICUM’s General Assemblies and wins on ${topic.name.toLowerCase()}.`,
    path: paths.topic(topic.slug ?? ''),
  })
}

export default async function TopicPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) return <NotFoundPage />
  const { topic, sessions, wins } = loaded
  return (
    <article className="wrap page">
      <Breadcrumbs trail={[{ href: paths.topics(), label: 'Topics' }]} current={topic.name} />
      <PageHeader eyebrow="Topic" title={topic.name} lede={topic.description} />

      {sessions.length > 0 ? (
        <section className="section" aria-labelledby="sessions">
          <h2 id="sessions">Sessions</h2>
          <ol className="timeline">
            {sessions.map((session) => {
              const { assembly } = session
              return (
                <li key={session.id} className="timeline__item">
                  <p className="timeline__year">
                    <Link href={paths.assembly(assembly.year)}>{assembly.year}</Link>
                  </p>
                  <div>
                    <h3 className="timeline__title">
                      {session.slug ? (
                        <Link href={paths.session(assembly.year, session.slug)}>
                          {session.title}
                        </Link>
                      ) : (
                        session.title
                      )}
                    </h3>
                    <p className="meta">
                      {sessionFormatLabels[session.format]} · Session {session.position}
                    </p>
                  </div>
                </li>
              )
            })}
          </ol>
        </section>
      ) : null}

      {wins.length > 0 ? (
        <section className="section" aria-labelledby="wins">
          <h2 id="wins">Wins</h2>
          <WinList wins={wins} />
        </section>
      ) : null}

      {sessions.length === 0 && wins.length === 0 ? (
        <p>Nothing on the record is filed under this topic yet.</p>
      ) : null}
      <AdminBar record={{ collection: 'topics', id: topic.id }} />
    </article>
  )
}
