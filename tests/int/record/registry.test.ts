/**
 * lib/record/registry.ts is the one list of what each collection of the record is. A collection
 * added to the config without an entry fails here, and every entry's shared behaviour is checked
 * on the built config: revalidation, search indexing, preview.
 */
import { isPreviewable } from '@/lib/preview/url'
import {
  hasDrafts,
  hasPages,
  isIndexedCollection,
  recordCollections,
  registry,
} from '@/lib/record/registry'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/revalidation'
import { indexAfterChange, indexAfterDelete } from '@/lib/search/hooks'
import { seedData } from '@/seed/data'
import { seedLists } from '@/seed/schema'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

/** Accounts are no part of the public record; Payload's own collections are its business. */
const outsideTheRecord = (slug: string) =>
  slug === 'users' || slug === 'audit-log' || slug.startsWith('payload-')

it('has an entry for every collection of the record, and only for those', () => {
  const inConfig = app.payload.config.collections
    .map(({ slug }) => slug)
    .filter((slug) => !outsideTheRecord(slug))
    .sort()
  expect([...recordCollections].sort()).toEqual(inConfig)
})

it.each(recordCollections)('%s: gets its shared hooks and preview from the registry', (slug) => {
  const config = app.payload.collections[slug].config
  expect(config.hooks.afterChange).toContain(revalidateAfterChange)
  expect(config.hooks.afterDelete).toContain(revalidateAfterDelete)
  const indexed = isIndexedCollection(slug)
  expect(config.hooks.afterChange.includes(indexAfterChange)).toBe(indexed)
  expect(config.hooks.afterDelete.includes(indexAfterDelete)).toBe(indexed)
  expect(Boolean(config.admin.preview)).toBe(hasPages(slug) && hasDrafts(config))
  expect(isPreviewable(config)).toBe(hasPages(slug) && hasDrafts(config))
  expect(registry[slug].label.one).not.toBe('')
})

it('gives each page collection an address made from its own fields', () => {
  expect(registry.sessions.page({ slug: 'finding-hope', assemblyYear: 2025 })).toBe(
    '/assemblies/2025/finding-hope',
  )
  expect(registry.sessions.page({ slug: 'finding-hope' })).toBeNull()
  expect(registry.assemblies.page({ year: 2025 })).toBe('/assemblies/2025')
  expect(registry.speakers.page({ slug: null })).toBeNull()
})

it('seeds exactly the collections it marks as seeded, each with documents', () => {
  const seeded = recordCollections.filter((slug) => registry[slug].seeded)
  expect(Object.keys(seedLists).sort()).toEqual([...seeded].sort())
  for (const slug of seeded)
    expect(seedData[slug as keyof typeof seedData].length).toBeGreaterThan(0)
})
