import { type Listing, ListingPage, listingMetadata } from '@/components/ListingPage'
import { RecordLink } from '@/components/RecordLink'
import { listTopics } from '@/lib/queries/topics'
import { paths } from '@/lib/urls'

const listing: Listing = {
  title: 'Topics',
  description:
    'The themes the General Assemblies have covered, each with its sessions and the wins filed under it.',
  path: paths.topics(),
  collection: 'topics',
}

export const metadata = listingMetadata(listing)

export default async function TopicsPage() {
  const topics = await listTopics()
  return (
    <ListingPage listing={listing} empty={topics.length === 0 && 'No topic has been added yet.'}>
      <ul className="entry-list entry-list--columns">
        {topics.map((topic) => (
          <li key={topic.id} className="entry-list__item">
            <h2 className="entry-list__title">
              <RecordLink href={topic.slug ? paths.topic(topic.slug) : null}>
                {topic.name}
              </RecordLink>
            </h2>
            {topic.description ? <p className="meta">{topic.description}</p> : null}
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
