import { paths } from '@/lib/urls'

// Adding a collection is one entry here; tests/int/record/registry.test.ts fails when one is missing.

export type AddressFields = {
  slug?: string | null
  year?: number | null
  assemblyYear?: number | null
}

type Entry = {
  label: { one: string; many: string }
  page?: (doc: AddressFields) => string | null
  shownOn?: (doc: AddressFields) => string[]
  listings: string[]
  search: 'rows' | 'quoted' | 'none'
  /** Whether seed/data holds documents of it (seed/schema.ts must then have a list for it). */
  seeded: boolean
}

const bySlug =
  (path: (slug: string) => string) =>
  ({ slug }: AddressFields): string | null =>
    slug ? path(slug) : null

// In the order the search filter lists them.
export const registry = {
  assemblies: {
    label: { one: 'Assembly', many: 'Assemblies' },
    page: ({ year }) => (typeof year === 'number' ? paths.assembly(year) : null),
    listings: [paths.home(), paths.assemblies()],
    search: 'rows',
    seeded: true,
  },
  sessions: {
    label: { one: 'Session', many: 'Sessions' },
    page: ({ slug, assemblyYear }) =>
      slug && typeof assemblyYear === 'number' ? paths.session(assemblyYear, slug) : null,
    shownOn: ({ assemblyYear }) =>
      typeof assemblyYear === 'number' ? [paths.assembly(assemblyYear)] : [],
    listings: [paths.home()],
    search: 'rows',
    seeded: true,
  },
  wins: {
    label: { one: 'Win', many: 'Wins' },
    page: bySlug(paths.win),
    listings: [paths.home(), paths.wins()],
    search: 'rows',
    seeded: true,
  },
  speakers: {
    label: { one: 'Speaker', many: 'Speakers' },
    page: bySlug(paths.speaker),
    listings: [paths.speakers()],
    search: 'rows',
    seeded: true,
  },
  organisations: {
    label: { one: 'Organisation', many: 'Organisations' },
    page: bySlug(paths.organisation),
    listings: [paths.organisations()],
    search: 'rows',
    seeded: true,
  },
  topics: {
    label: { one: 'Topic', many: 'Topics' },
    page: bySlug(paths.topic),
    listings: [paths.topics()],
    search: 'rows',
    seeded: true,
  },
  // No page of their own: the cache tag refreshes the pages that cite or use them.
  sources: {
    label: { one: 'Source', many: 'Sources' },
    listings: [],
    search: 'quoted',
    seeded: true,
  },
  media: {
    label: { one: 'Image', many: 'Images' },
    listings: [],
    search: 'none',
    // The 2025 report has no images: staff upload them.
    seeded: false,
  },
} satisfies Record<string, Entry>

export type RecordCollection = keyof typeof registry

type Registry = typeof registry
export type SearchCollection = {
  [C in RecordCollection]: Registry[C]['search'] extends 'rows' ? C : never
}[RecordCollection]
export type IndexedCollection = {
  [C in RecordCollection]: Registry[C]['search'] extends 'none' ? never : C
}[RecordCollection]

export type PageCollection = {
  [C in RecordCollection]: Registry[C] extends { page: unknown } ? C : never
}[RecordCollection]
export type SeededCollection = {
  [C in RecordCollection]: Registry[C]['seeded'] extends true ? C : never
}[RecordCollection]

export const recordCollections = Object.keys(registry) as RecordCollection[]

export const isRecordCollection = (slug: unknown): slug is RecordCollection =>
  typeof slug === 'string' && Object.hasOwn(registry, slug)

const entry = (collection: RecordCollection): Entry => registry[collection]

export const pageOf = (collection: RecordCollection, doc: AddressFields): string | null =>
  entry(collection).page?.(doc) ?? null

export const pagesShowing = (collection: RecordCollection, doc: AddressFields): string[] => [
  ...[pageOf(collection, doc)].filter((page): page is string => page !== null),
  ...(entry(collection).shownOn?.(doc) ?? []),
]

export const listingsOf = (collection: RecordCollection): string[] => entry(collection).listings

export const hasPages = (collection: RecordCollection): collection is PageCollection =>
  Boolean(entry(collection).page)

export const pageCollections = recordCollections.filter(hasPages)

export const labelOf = (collection: RecordCollection) => entry(collection).label

export const searchCollections = recordCollections.filter(
  (collection) => registry[collection].search === 'rows',
) as SearchCollection[]

export const isIndexedCollection = (slug: unknown): slug is IndexedCollection =>
  isRecordCollection(slug) && registry[slug].search !== 'none'

export const hasDrafts = (config: { versions?: unknown }): boolean =>
  Boolean(
    config.versions &&
    typeof config.versions === 'object' &&
    (config.versions as { drafts?: unknown }).drafts,
  )
