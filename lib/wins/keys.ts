/**
 * The query keys the wins tracker reads (`/wins?country=ES&sort=title&page=2`). Kept free of
 * imports: next.config.ts reads them, before the app's `@/` alias exists, to send an address with
 * any of them to the tracker rendered per request, and every other /wins to the static page.
 */
export const winFacets = [
  'country',
  'topic',
  'kind',
  'level',
  'year',
  'presenting',
  'credited',
] as const

/**
 * `organisation` is how links made before issue 14 filtered by organisation; those wins were
 * their presenters' organisations, so it is read as `presenting`.
 */
export const LEGACY_ORGANISATION_KEY = 'organisation'

export const winQueryKeys = [...winFacets, LEGACY_ORGANISATION_KEY, 'sort', 'page'] as const

/** Where a filtered /wins is rendered (an internal address: visitors keep seeing /wins?…). */
export const FILTERED_WINS_PATH = '/wins-filtered'
