import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { SpeakerGrid, speakersListing } from '@/app/(frontend)/speakers/SpeakerGrid'
import { listingMetadata } from '@/components/ListingPage'
import { recordRoute } from '@/components/RecordRoute'
import { listSpeakers } from '@/lib/queries/speakers'
import { pagedPaths, parsePageNumber } from '@/lib/urls'

// /speakers is page 1; a page past the last, or not a number, is a 404.
const route = recordRoute({
  addresses: async () => {
    const first = await listSpeakers.published(1)
    const count = first?.pageCount ?? 1
    return Array.from({ length: count - 1 }, (_, index) => ({ page: String(index + 2) }))
  },
  find: async ({ page: raw }: { page: string }) => {
    const page = parsePageNumber(raw)
    if (page === null) return null
    if (page === 1) redirect(pagedPaths.speakers(1))
    return listSpeakers(page)
  },
})

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ page, pageCount }): Metadata =>
  listingMetadata({
    ...speakersListing,
    title: `Speakers, page ${page} of ${pageCount}`,
    path: pagedPaths.speakers(page),
  }),
)

export default route.page((found) => <SpeakerGrid found={found} />)
