/**
 * The query keys the wins tracker reads (`/wins?country=ES&sort=title&page=2`). Kept free of
 * imports: next.config.ts reads them, before the app's `@/` alias exists, to send an address with
 * any of them to the tracker rendered per request, and every other /wins to the static page.
 */
export const winFacets = ['country', 'topic', 'kind', 'level', 'year', 'organisation'] as const

export const winQueryKeys = [...winFacets, 'sort', 'page'] as const

/** Where a filtered /wins is rendered (an internal address: visitors keep seeing /wins?…). */
export const FILTERED_WINS_PATH = '/wins-filtered'
