import { SpeakerGrid, speakersListing } from '@/app/(frontend)/speakers/SpeakerGrid'
import { listingMetadata } from '@/components/ListingPage'
import { listSpeakers } from '@/lib/queries/speakers'

export const metadata = listingMetadata(speakersListing)

export default async function SpeakersPage() {
  const found = await listSpeakers(1)
  return found ? <SpeakerGrid found={found} /> : null
}
