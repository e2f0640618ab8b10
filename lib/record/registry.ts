import { paths } from '@/lib/urls'

/**
 * What each collection of the record is, in one place: how it is named, the page each document
 * has, the listing pages that show it, whether search indexes it. Revalidation, preview, search,
 * the sitemap and the seed read it; lib/record/collections.ts wires the hooks every record
 * collection needs from it. Adding a collection is one entry here (tests/int/record fails when a
 * collection of the config has none). Whether a collection has drafts is read from its config.
 */

/** What a document's address is made from: its slug or year, a session's assembly year. */
export type AddressFields = {
  slug?: string | null
  year?: number | null
  assemblyYear?: number | null
}

type Entry = {
  label: { one: string; many: string }
  /** The document's own page, or null while it has none (no slug yet). Absent: no pages. */
  page?: (doc: AddressFields) => string | null
  /** Other pages that show the document itself (a session on its assembly's page). */
  shownOn?: (doc: AddressFields) => string[]
  /** Listing pages that show documents of this collection, besides the pages above. */
  listings: string[]
  /**
   * The site search: `rows` when each published document has a row of its own, `quoted` when
   * other rows quote it (a source's title), `none` otherwise.
   */
  search: 'rows' | 'quoted' | 'none'
}

const bySlug =
  (path: (slug: string) => string) =>
  ({ slug }: AddressFields): string | null =>
    slug ? path(slug) : null

/** In the order the search filter lists them. */
export const registry = {
  assemblies: {
    label: { one: 'Assembly', many: 'Assemblies' },
    page: ({ year }) => (typeof year === 'number' ? paths.assembly(year) : null),
    listings: [paths.home(), paths.assemblies()],
    search: 'rows',
  },
  sessions: {
    label: { one: 'Session', many: 'Sessions' },
    page: ({ slug, assemblyYear }) =>
      slug && typeof assemblyYear === 'number' ? paths.session(assemblyYear, slug) : null,
    shownOn: ({ assemblyYear }) =>
      typeof assemblyYear === 'number' ? [paths.assembly(assemblyYear)] : [],
    listings: [paths.home()],
    search: 'rows',
  },
  wins: {
    label: { one: 'Win', many: 'Wins' },
    page: bySlug(paths.win),
    listings: [paths.home(), paths.wins()],
    search: 'rows',
  },
  speakers: {
    label: { one: 'Speaker', many: 'Speakers' },
    page: bySlug(paths.speaker),
    listings: [paths.speakers()],
    search: 'rows',
  },
  organisations: {
    label: { one: 'Organisation', many: 'Organisations' },
    page: bySlug(paths.organisation),
    listings: [paths.organisations()],
    search: 'rows',
  },
  topics: {
    label: { one: 'Topic', many: 'Topics' },
    page: bySlug(paths.topic),
    listings: [paths.topics()],
    search: 'rows',
  },
  // Sources and images have no page of their own: they show on the pages that cite or use them,
  // which their cache tag refreshes.
  sources: {
    label: { one: 'Source', many: 'Sources' },
    listings: [],
    search: 'quoted',
  },
  media: {
    label: { one: 'Image', many: 'Images' },
    listings: [],
    search: 'none',
  },
} satisfies Record<string, Entry>

export type RecordCollection = keyof typeof registry

type Registry = typeof registry
/** Collections whose documents have a search row of their own. */
export type SearchCollection = {
  [C in RecordCollection]: Registry[C]['search'] extends 'rows' ? C : never
}[RecordCollection]
/** Collections the search index follows: those with rows, and those rows quote. */
export type IndexedCollection = {
  [C in RecordCollection]: Registry[C]['search'] extends 'none' ? never : C
}[RecordCollection]

export const recordCollections = Object.keys(registry) as RecordCollection[]

export const isRecordCollection = (slug: unknown): slug is RecordCollection =>
  typeof slug === 'string' && Object.hasOwn(registry, slug)

const entry = (collection: RecordCollection): Entry => registry[collection]

/** The document's own page, or null (no page yet, or a collection without pages). */
export const pageOf = (collection: RecordCollection, doc: AddressFields): string | null =>
  entry(collection).page?.(doc) ?? null

/** Every single page that shows the document: its own and, say, its assembly's. */
export const pagesShowing = (collection: RecordCollection, doc: AddressFields): string[] => [
  ...[pageOf(collection, doc)].filter((page): page is string => page !== null),
  ...(entry(collection).shownOn?.(doc) ?? []),
]

export const listingsOf = (collection: RecordCollection): string[] => entry(collection).listings

export const hasPages = (collection: RecordCollection): boolean => Boolean(entry(collection).page)

export const labelOf = (collection: RecordCollection) => entry(collection).label

export const searchCollections = recordCollections.filter(
  (collection) => registry[collection].search === 'rows',
) as SearchCollection[]

export const isIndexedCollection = (slug: unknown): slug is IndexedCollection =>
  isRecordCollection(slug) && registry[slug].search !== 'none'

/** Whether a collection keeps drafts, as its config (as written, or sanitized) says. */
export const hasDrafts = (config: { versions?: unknown }): boolean =>
  Boolean(
    config.versions &&
      typeof config.versions === 'object' &&
      (config.versions as { drafts?: unknown }).drafts,
  )
