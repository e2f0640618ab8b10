import type { CollectionSlug } from 'payload'

/**
 * The public site's cache tags: one per collection whose documents a page can show.
 *
 * Reader: every query in lib/queries is cached with `unstable_cache` under the tags of each
 * collection it returns or populates (lib/queries/cachedQuery.ts). A statically generated page
 * inherits the tags of the queries it ran.
 * Writer: hooks/revalidateRecord.ts expires a collection's tag whenever a document in it is
 * published, unpublished, renamed or deleted, which refreshes every page that shows any document
 * of that collection: its own page, listings, the assembly and home pages, the sitemap.
 *
 * One tag per collection is deliberately coarse. A speaker appears on session, assembly,
 * organisation, win and home pages; tagging by collection keeps every one of them correct without
 * tracking who appears where, and the record is small enough that re-rendering a few hundred
 * pages on their next visit costs nothing noticeable.
 */
export const cacheTags = {
  assemblies: 'record:assemblies',
  sessions: 'record:sessions',
  speakers: 'record:speakers',
  organisations: 'record:organisations',
  wins: 'record:wins',
  topics: 'record:topics',
  sources: 'record:sources',
  media: 'record:media',
} as const satisfies Partial<Record<CollectionSlug, string>>

export type TaggedCollection = keyof typeof cacheTags
export type CacheTag = (typeof cacheTags)[TaggedCollection]

export const isTaggedCollection = (slug: string): slug is TaggedCollection => slug in cacheTags

/** The tags of the collections a query reads, in a stable order. */
export const tagsFor = (...collections: TaggedCollection[]): CacheTag[] =>
  [...new Set(collections)].sort().map((collection) => cacheTags[collection])
