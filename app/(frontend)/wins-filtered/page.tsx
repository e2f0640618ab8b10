import type { Metadata } from 'next'

import { renderWinsTracker, winsTrackerMetadata } from '@/components/WinsTracker'
import { parseWinQuery, type RawSearchParams } from '@/lib/wins'

type Props = { searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return winsTrackerMetadata(parseWinQuery(await searchParams))
}

// next.config.ts rewrites `/wins?…` here, and redirects this address itself to /wins.
export default async function FilteredWinsPage({ searchParams }: Props) {
  return renderWinsTracker(parseWinQuery(await searchParams))
}
