import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { generateMeta } from '@/lib/generateMeta'
import { listTopics } from '@/lib/queries/topics'
import { paths } from '@/lib/urls'

const title = 'Topics'
const description =
  'The themes the General Assemblies have covered, each with its sessions and the wins filed under it.'

export const metadata: Metadata = generateMeta({ title, description, path: paths.topics() })

export default async function TopicsPage() {
  const topics = await listTopics()
  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={title} />
      <PageHeader title={title} lede={description} />
      {topics.length === 0 ? (
        <p>No topic has been added yet.</p>
      ) : (
        <ul className="entry-list entry-list--columns">
          {topics.map((topic) => (
            <li key={topic.id} className="entry-list__item">
              <h2 className="entry-list__title">
                {topic.slug ? <Link href={paths.topic(topic.slug)}>{topic.name}</Link> : topic.name}
              </h2>
              {topic.description ? <p className="meta">{topic.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <AdminBar record={{ collection: 'topics' }} />
    </div>
  )
}
