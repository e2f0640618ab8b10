import { isCountryCode } from '@/lib/countries'
import { isSearchCollection, type SearchCollection } from '@/lib/search/collections'
import { paths } from '@/lib/urls'

// Whatever the address holds, the result is a bounded request: the page never fails on it.

export const MAX_QUERY_LENGTH = 200
const MAX_PAGE = 1000

export type SearchFilters = {
  type: SearchCollection | null
  year: number | null
  country: string | null
}

export type SearchRequest = SearchFilters & {
  q: string
  truncated: boolean
  page: number
}

type RawSearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? ''

export function parseSearchParams(params: RawSearchParams): SearchRequest {
  // Control characters (including the ones highlighting uses) become spaces.
  const words = Array.from(
    first(params.q)
      .replace(/[\p{Cc}\p{Co}\p{Cs}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  const truncated = words.length > MAX_QUERY_LENGTH
  const q = words.slice(0, MAX_QUERY_LENGTH).join('').trim()
  const type = first(params.type)
  const year = first(params.year)
  const country = first(params.country).toUpperCase()
  const page = first(params.page)
  return {
    q,
    truncated,
    type: isSearchCollection(type) ? type : null,
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    country: isCountryCode(country) ? country : null,
    page: /^\d{1,4}$/.test(page) ? Math.min(Math.max(Number(page), 1), MAX_PAGE) : 1,
  }
}

export function searchHref(request: Partial<SearchFilters> & { q: string; page?: number }): string {
  const params = new URLSearchParams()
  if (request.q) params.set('q', request.q)
  if (request.type) params.set('type', request.type)
  if (request.year) params.set('year', String(request.year))
  if (request.country) params.set('country', request.country)
  if (request.page && request.page > 1) params.set('page', String(request.page))
  const query = params.toString()
  return query ? `${paths.search()}?${query}` : paths.search()
}
