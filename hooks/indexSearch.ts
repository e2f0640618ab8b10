import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { isSearchCollection } from '@/lib/search/collections'
import type { DocRef } from '@/lib/search/indexer'

/** Collections with rows of their own, and sources, whose title and details rows quote. */
const isIndexed = (slug: string): slug is DocRef['collection'] =>
  isSearchCollection(slug) || slug === 'sources'

/**
 * The indexer is loaded on first use: it labels documents with lib/labels.ts, which reads the
 * collection configs, which import these hooks. A static import would close that circle while
 * the configs are still being evaluated.
 */
async function sync(req: PayloadRequest, doc: DocRef): Promise<void> {
  const { syncSearchIndex } = await import('@/lib/search/indexer')
  await syncSearchIndex(req.payload, [doc], req)
}

/**
 * The search index follows every write: create, edit, publish, unpublish, scheduled publish and
 * delete, from the admin, the API, jobs, scripts and the seed alike (unlike revalidation, there
 * is no flag to skip it: a seeded record must be findable). The index reads the published
 * version from the main table (lib/search/indexer.ts), so drafts never reach it.
 * https://payloadcms.com/docs/hooks/collections#afterchange
 */
export const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isIndexed(collection.slug)) return doc
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
  await sync(req, { collection: collection.slug, id: doc.id })
  return doc
}

export const indexAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (isIndexed(collection.slug)) {
    await sync(req, { collection: collection.slug, id: doc.id })
  }
  return doc
}
