import { Avatar } from '@/components/Avatar'
import { type Listing, ListingPage, listingMetadata } from '@/components/ListingPage'
import { RecordedRole, SpeakerLink } from '@/components/SpeakerByline'
import { listSpeakers } from '@/lib/queries/speakers'
import { paths } from '@/lib/urls'

const listing: Listing = {
  title: 'Speakers',
  description:
    'Everyone who has spoken at a PICUM General Assembly, with their role and organisation as recorded in a given year.',
  path: paths.speakers(),
  collection: 'speakers',
}

export const metadata = listingMetadata(listing)

export default async function SpeakersPage() {
  const speakers = await listSpeakers()
  return (
    <ListingPage
      listing={listing}
      empty={speakers.length === 0 && 'No speaker has been published yet.'}
    >
      <ul className="people-grid">
        {speakers.map((speaker) => (
          <li key={speaker.id} className="person">
            <Avatar name={speaker.name} photo={speaker.photo} size="md" />
            <div>
              <h2 className="person__name">
                <SpeakerLink speaker={speaker} />
              </h2>
              <RecordedRole className="person__role" speaker={speaker} />
            </div>
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
