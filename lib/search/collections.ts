import {
  isRecordCollection,
  labelOf,
  type SearchCollection,
  searchCollections,
} from '@/lib/record/registry'

export { searchCollections, type SearchCollection }

export const isSearchCollection = (value: unknown): value is SearchCollection =>
  isRecordCollection(value) && (searchCollections as string[]).includes(value)

export const searchTypeLabels = Object.fromEntries(
  searchCollections.map((collection) => [collection, labelOf(collection)]),
) as Record<SearchCollection, { one: string; many: string }>

export const refKey = (collection: string, id: number): string => `${collection}:${id}`

export function parseRefKey(key: string): { collection: string; id: number } | null {
  const match = /^([a-z-]+):(\d+)$/.exec(key)
  return match ? { collection: match[1]!, id: Number(match[2]) } : null
}
