import type { Metadata } from 'next'

import { renderWinsTracker, winsTrackerMetadata } from '@/components/WinsTracker'
import { parseWinQuery, type RawSearchParams } from '@/lib/wins'

type Props = { searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return winsTrackerMetadata(parseWinQuery(await searchParams))
}

/**
 * `/wins?…` with filters, a sort or a page, rendered per request (next.config.ts rewrites those
 * addresses here, and redirects this one's own address to /wins). Visitors' filters never become
 * a cache entry: the list of wins is read from the cache and filtered in memory.
 */
export default async function FilteredWinsPage({ searchParams }: Props) {
  return renderWinsTracker(parseWinQuery(await searchParams))
}
