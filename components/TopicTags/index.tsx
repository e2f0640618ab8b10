import Link from 'next/link'

import { paths } from '@/lib/urls'

export function TopicTags({
  topics,
}: {
  topics: { id: number; name: string; slug?: string | null }[]
}) {
  const linked = topics.filter((topic) => topic.slug)
  if (linked.length === 0) return null
  return (
    <section className="section" aria-labelledby="topics">
      <h2 id="topics">Topics</h2>
      <ul className="tags">
        {linked.map((topic) => (
          <li key={topic.id}>
            <Link href={paths.topic(topic.slug!)}>{topic.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
