import {
  isRecordCollection,
  labelOf,
  type SearchCollection,
  searchCollections,
} from '@/lib/record/registry'

/**
 * What the site search covers: the record's collections with rows of their own
 * (lib/record/registry.ts), in the order the type filter lists them.
 */
export { searchCollections, type SearchCollection }

export const isSearchCollection = (value: unknown): value is SearchCollection =>
  isRecordCollection(value) && (searchCollections as string[]).includes(value)

/** How a result's type reads on the page, for one result and for a count of them. */
export const searchTypeLabels = Object.fromEntries(
  searchCollections.map((collection) => [collection, labelOf(collection)]),
) as Record<SearchCollection, { one: string; many: string }>

/** `sessions:12`: how an index row names a document it took content from (see lib/search/indexer.ts). */
export const refKey = (collection: string, id: number): string => `${collection}:${id}`

export function parseRefKey(key: string): { collection: string; id: number } | null {
  const match = /^([a-z-]+):(\d+)$/.exec(key)
  return match ? { collection: match[1]!, id: Number(match[2]) } : null
}
