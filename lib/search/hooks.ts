import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isIndexedCollection } from '@/lib/record/registry'
import { syncSearchIndex } from '@/lib/search/indexer'

/**
 * The search index follows every write: create, edit, publish, unpublish, scheduled publish and
 * delete, from the admin, the API, jobs, scripts and the seed alike (unlike revalidation, there
 * is no flag to skip it: a seeded record must be findable). The index reads the published
 * version from the main table (lib/search/indexer.ts), so drafts never reach it. Put on every
 * collection the index follows by lib/record/collections.ts.
 * https://payloadcms.com/docs/hooks/collections#afterchange
 */
export const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isIndexedCollection(collection.slug)) return doc
  // A draft saved over a published document (autosave included) is stored as a version only: the
  // main table, and so what the public sees, is unchanged. Only an unpublish has work to do.
  if (doc._status === 'draft') {
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: { id: { equals: doc.id } },
      draft: false,
      overrideAccess: true,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { _status: true },
      req,
    })
    if ((docs[0] as { _status?: string } | undefined)?._status === 'published') return doc
  }
  await syncSearchIndex(req.payload, [{ collection: collection.slug, id: doc.id }], req)
  return doc
}

export const indexAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isIndexedCollection(collection.slug)) {
    await syncSearchIndex(req.payload, [{ collection: collection.slug, id: doc.id }], req)
  }
  return doc
}
