import { listingMetadata } from '@/components/ListingPage'
import { renderWinsTracker, winsListing } from '@/components/WinsTracker'
import { parseWinQuery } from '@/lib/wins'

export const metadata = listingMetadata(winsListing)

/**
 * Every published win, unfiltered: a static page, refreshed when a win changes. An address with
 * filters, a sort or a page (`/wins?country=ES`) is rewritten to app/(frontend)/wins-filtered
 * (next.config.ts), which renders per request.
 */
export default function WinsPage() {
  return renderWinsTracker(parseWinQuery({}))
}
