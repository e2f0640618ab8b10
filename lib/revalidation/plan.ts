import type { PayloadRequest } from 'payload'

import { type CacheTag, cacheTags } from '@/lib/cacheTags'
import { addressFields, type DocumentData } from '@/lib/record/addresses'
import {
  hasDrafts,
  hasPages,
  listingsOf,
  pagesShowing,
  type RecordCollection,
} from '@/lib/record/registry'
import { paths } from '@/lib/urls'

export type RevalidationPlan = { tags: CacheTag[]; paths: string[] }

type Version = DocumentData & { id: number | string; _status?: 'draft' | 'published' | null }

async function isStillPublished(
  collection: RecordCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { _status: true },
    req,
  })
  return (docs[0] as { _status?: string } | undefined)?._status === 'published'
}

// Pages of both versions, so a renamed page refreshes at its old and new address.
export async function planRevalidation({
  collection,
  doc,
  previousDoc,
  req,
}: {
  collection: RecordCollection
  doc: Version
  previousDoc?: Version | null
  req: PayloadRequest
}): Promise<RevalidationPlan | null> {
  const drafts = hasDrafts(req.payload.collections[collection].config)
  const isPublic = (version: Version | null | undefined) =>
    Boolean(version) && (!drafts || version?._status === 'published')
  if (drafts && !isPublic(doc)) {
    if (!isPublic(previousDoc)) return null
    // A draft saved over a published document leaves the site as it was.
    if (await isStillPublished(collection, doc.id, req)) return null
  }
  const versions = previousDoc?.id ? [doc, previousDoc] : [doc]
  const pages = await Promise.all(
    versions.map(async (version) =>
      pagesShowing(collection, await addressFields(collection, version, req, { draft: false })),
    ),
  )
  const sitemap = hasPages(collection) ? [paths.sitemap()] : []
  return {
    tags: [cacheTags[collection]],
    paths: [...new Set([...pages.flat(), ...listingsOf(collection), ...sitemap])],
  }
}
