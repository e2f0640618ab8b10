import { Avatar } from '@/components/Avatar'
import { type Listing, ListingPage } from '@/components/ListingPage'
import { Pagination } from '@/components/Pagination'
import { RecordedRole, SpeakerLink } from '@/components/SpeakerByline'
import type { listSpeakers } from '@/lib/queries/speakers'
import { pagedPaths, paths } from '@/lib/urls'

export const speakersListing: Listing = {
  title: 'Speakers',
  description:
    'Everyone who has spoken at a PICUM General Assembly, with their role and organisation as recorded in a given year.',
  path: paths.speakers(),
  collection: 'speakers',
}

type SpeakersPage = NonNullable<Awaited<ReturnType<typeof listSpeakers>>>

// One page of speakers, A–Z, with the way to the others.
export function SpeakerGrid({ found }: { found: SpeakersPage }) {
  const { speakers, page, pageCount } = found
  return (
    <ListingPage
      listing={speakersListing}
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
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={pagedPaths.speakers}
        label="Speakers: pages"
      />
    </ListingPage>
  )
}
