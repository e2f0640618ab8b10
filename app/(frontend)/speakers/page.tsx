import { listingMetadata } from '@/components/ListingPage'
import { listSpeakers } from '@/lib/queries/speakers'

import { SpeakerGrid, speakersListing } from './SpeakerGrid'

export const metadata = listingMetadata(speakersListing)

export default async function SpeakersPage() {
  const found = await listSpeakers(1)
  return found ? <SpeakerGrid found={found} /> : null
}
