import { isRecordCollection, type RecordCollection, recordCollections } from '@/lib/record/registry'

// One tag per collection, deliberately coarse: the record is small enough to re-render it all.
export type TaggedCollection = RecordCollection
export type CacheTag = `record:${RecordCollection}`

export const cacheTagOf = <C extends RecordCollection>(collection: C): `record:${C}` =>
  `record:${collection}`

export const cacheTags = Object.fromEntries(
  recordCollections.map((collection) => [collection, cacheTagOf(collection)]),
) as { [C in RecordCollection]: `record:${C}` }

export const isTaggedCollection = isRecordCollection

export const isCacheTag = (value: unknown): value is CacheTag =>
  typeof value === 'string' && (Object.values(cacheTags) as string[]).includes(value)

export const tagsFor = (...collections: RecordCollection[]): CacheTag[] =>
  [...new Set(collections)].sort().map((collection) => cacheTags[collection])
