import { listingMetadata } from '@/components/ListingPage'
import { renderWinsTracker, winsListing } from '@/components/WinsTracker'
import { parseWinQuery } from '@/lib/wins'

export const metadata = listingMetadata(winsListing)

// Static; `/wins?…` is rewritten to app/(frontend)/wins-filtered (next.config.ts).
export default function WinsPage() {
  return renderWinsTracker(parseWinQuery({}))
}
