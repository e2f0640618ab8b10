import 'server-only'

import { cache } from 'react'

import { dbFor } from '@/lib/compat/payload'
import { getPayloadClient } from '@/lib/payload'
import type { SearchCollection } from '@/lib/search/collections'
import type { SearchRequest } from '@/lib/search/params'
import { runSearch, type SearchResults } from '@/lib/search/query'

/**
 * `/search`. Unlike the other public reads, results are not kept in Next's data cache: its key
 * would be whatever visitors type, so the cache would grow without bound and hold every
 * misspelling for an hour. The index is built for this query (a GIN lookup and a ranking of the
 * matches, a few milliseconds, see scripts/bench/search.ts), and reading it live means a publish
 * or unpublish shows in search at once. React `cache()` still shares one search between
 * generateMetadata and the page; it keys on plain values, hence the spread-out arguments.
 * Search only ever reads the published record, preview or not: drafts are never indexed.
 */
const searchOnce = cache(
  async (
    q: string,
    type: SearchCollection | null,
    year: number | null,
    country: string | null,
    page: number,
  ): Promise<SearchResults> => {
    const payload = await getPayloadClient()
    return runSearch(await dbFor(payload), { q, type, year, country, page, truncated: false })
  },
)

export const searchRecord = (request: SearchRequest): Promise<SearchResults> =>
  searchOnce(request.q, request.type, request.year, request.country, request.page)
