import { isRecordCollection, type RecordCollection, recordCollections } from '@/lib/record/registry'

/**
 * The public site's cache tags: one per collection of the record (lib/record/registry.ts).
 *
 * Reader: every query in lib/queries is cached with `unstable_cache` under the tags of each
 * collection it returns or populates (lib/queries/cachedQuery.ts); a statically generated page
 * inherits the tags of the queries it ran.
 * Writer: lib/revalidation expires a collection's tag whenever a document in it is published,
 * unpublished, renamed or deleted, which refreshes every page that shows any document of it.
 *
 * One tag per collection is deliberately coarse: a speaker appears on session, assembly,
 * organisation, win and home pages, and tagging by collection keeps all of them right without
 * tracking who appears where. The record is small enough that re-rendering a few hundred pages
 * on their next visit costs nothing noticeable.
 */
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

/** The tags of the collections a query reads, in a stable order. */
export const tagsFor = (...collections: RecordCollection[]): CacheTag[] =>
  [...new Set(collections)].sort().map((collection) => cacheTags[collection])
