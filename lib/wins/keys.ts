// Import-free: next.config.ts reads these before the `@/` alias exists, to rewrite filtered /wins.
export const winFacets = [
  'country',
  'topic',
  'kind',
  'level',
  'year',
  'presenting',
  'credited',
] as const

// Links made before issue 14 filtered by `organisation`, meaning the presenters' organisations.
export const LEGACY_ORGANISATION_KEY = 'organisation'

export const winQueryKeys = [...winFacets, LEGACY_ORGANISATION_KEY, 'sort', 'page'] as const

// An internal address: visitors keep seeing /wins?…
export const FILTERED_WINS_PATH = '/wins-filtered'
