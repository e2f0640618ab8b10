/**
 * What the site search covers: every collection with pages of its own. Media has none, and users
 * are never public. The order is the order the type filter lists them in.
 */
export const searchCollections = [
  'assemblies',
  'sessions',
  'wins',
  'speakers',
  'organisations',
  'topics',
] as const

export type SearchCollection = (typeof searchCollections)[number]

export const isSearchCollection = (value: unknown): value is SearchCollection =>
  typeof value === 'string' && (searchCollections as readonly string[]).includes(value)

/** How a result's type reads on the page, for one result and for a count of them. */
export const searchTypeLabels: Record<SearchCollection, { one: string; many: string }> = {
  assemblies: { one: 'Assembly', many: 'Assemblies' },
  sessions: { one: 'Session', many: 'Sessions' },
  wins: { one: 'Win', many: 'Wins' },
  speakers: { one: 'Speaker', many: 'Speakers' },
  organisations: { one: 'Organisation', many: 'Organisations' },
  topics: { one: 'Topic', many: 'Topics' },
}

/** `sessions:12`: how an index row names a document it took content from (see lib/search/indexer.ts). */
export const refKey = (collection: string, id: number): string => `${collection}:${id}`

export function parseRefKey(key: string): { collection: string; id: number } | null {
  const match = /^([a-z-]+):(\d+)$/.exec(key)
  return match ? { collection: match[1]!, id: Number(match[2]) } : null
}
