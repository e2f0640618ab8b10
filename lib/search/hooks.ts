import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isIndexedCollection } from '@/lib/record/registry'
import { syncSearchIndex } from '@/lib/search/indexer'

// No flag skips it (unlike revalidation): a seeded record must be findable.
// https://payloadcms.com/docs/hooks/collections#afterchange
export const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isIndexedCollection(collection.slug)) return doc
  // A draft saved over a published document leaves the main table, and the index, unchanged.
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
