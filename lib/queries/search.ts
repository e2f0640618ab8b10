import 'server-only'

import { cache } from 'react'

import { dbFor } from '@/lib/compat/payload'
import { getPayloadClient } from '@/lib/payload'
import type { SearchCollection } from '@/lib/search/collections'
import type { SearchRequest } from '@/lib/search/params'
import { runSearch, type SearchResults } from '@/lib/search/query'

/**
 * Not in Next's data cache, whose key would be whatever visitors type; the query takes a few ms
 * (scripts/bench/search.ts). React `cache()` keys on plain values, hence the spread-out arguments.
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
