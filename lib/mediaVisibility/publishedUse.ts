import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { dbFor } from '@/lib/compat/payload'
import { asShownToPublic } from '@/lib/consent'
import { MEDIA, mediaIdsIn } from '@/lib/mediaVisibility/references'

// Recomputed from the published documents, never counted up and down, so a missed event cannot
// leave an image public for good.

export const MEDIA_IN_USE = 'mediaInUse'

export const trackedCollections = (payload: Payload): SanitizedCollectionConfig[] =>
  payload.config.collections.filter((collection) =>
    collection.fields.some((field) => 'name' in field && field.name === MEDIA_IN_USE),
  )

const hasDrafts = (collection: SanitizedCollectionConfig) => Boolean(collection.versions?.drafts)

type PublishedUse = { ids: number[] }

export async function publishedUseOf(
  collection: SanitizedCollectionConfig,
  id: number | string,
  req: PayloadRequest,
): Promise<PublishedUse | null> {
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    where: { id: { equals: id } },
    draft: false,
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { [MEDIA_IN_USE]: true, ...(hasDrafts(collection) ? { _status: true } : {}) },
    req,
  })
  const doc = docs[0] as { _status?: string; mediaInUse?: number[] | null } | undefined
  if (!doc || (hasDrafts(collection) && doc._status !== 'published')) return null
  return { ids: doc.mediaInUse ?? [] }
}

async function setInPublishedUse(
  ids: number[],
  value: boolean,
  req: PayloadRequest,
): Promise<void> {
  if (ids.length === 0) return
  const { docs } = await req.payload.find({
    collection: MEDIA,
    where: { id: { in: ids } },
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { inPublishedUse: true },
    req,
  })
  const stale = docs.filter((doc) => Boolean(doc.inPublishedUse) !== value).map((doc) => doc.id)
  if (stale.length === 0) return
  // Straight to the table: a derived flag needs no media hooks or validation.
  await req.payload.db.updateMany({
    collection: MEDIA,
    where: { id: { in: stale } },
    data: { inPublishedUse: value },
    req,
    returning: false,
  })
}

export async function refreshMediaUse(ids: Iterable<number>, req: PayloadRequest): Promise<void> {
  const candidates = [...new Set(ids)].sort((a, b) => a - b)
  if (candidates.length === 0) return
  // Locking the images' rows makes a concurrent write wait for, then see, the other's commit: else
  // two writes that each drop a shared image would leave it public. NO KEY UPDATE does not conflict
  // with the KEY SHARE locks the writes' own foreign keys hold.
  const db = await dbFor(req.payload, req)
  const list = sql.join(
    candidates.map((id) => sql`${id}`),
    sql`, `,
  )
  await db.execute(sql`SELECT id FROM media WHERE id IN (${list}) ORDER BY id FOR NO KEY UPDATE`)
  const used = new Set<number>()
  for (const collection of trackedCollections(req.payload)) {
    const { docs } = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where: {
        and: [
          { [MEDIA_IN_USE]: { in: candidates } },
          ...(hasDrafts(collection) ? [{ _status: { equals: 'published' } }] : []),
        ],
      },
      draft: false,
      overrideAccess: true,
      showHiddenFields: true,
      depth: 0,
      pagination: false,
      select: { [MEDIA_IN_USE]: true },
      req,
    })
    for (const doc of docs as Array<{ mediaInUse?: number[] | null }>) {
      for (const id of doc.mediaInUse ?? []) used.add(id)
    }
  }
  await setInPublishedUse(
    candidates.filter((id) => used.has(id)),
    true,
    req,
  )
  await setInPublishedUse(
    candidates.filter((id) => !used.has(id)),
    false,
    req,
  )
}

// For documents written before tracking existed (its migration runs this) or outside Payload.
export async function rebuildMediaUse(payload: Payload, req?: PayloadRequest): Promise<number> {
  const used = new Set<number>()
  for (const collection of trackedCollections(payload)) {
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      draft: false,
      overrideAccess: true,
      showHiddenFields: true,
      depth: 0,
      pagination: false,
      req,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number }>) {
      const ids = mediaIdsIn(collection.fields, asShownToPublic(collection.slug, doc))
      const stored = (doc[MEDIA_IN_USE] as number[] | null | undefined) ?? []
      if (stored.join() !== ids.join()) {
        // The main table only: the Local API would add a version and run hooks.
        await payload.db.updateOne({
          collection: collection.slug,
          id: doc.id,
          data: { [MEDIA_IN_USE]: ids },
          req,
          returning: false,
        })
      }
      if (!hasDrafts(collection) || doc._status === 'published') ids.forEach((id) => used.add(id))
    }
  }
  const { docs: media } = await payload.find({
    collection: MEDIA,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    select: { inPublishedUse: true },
    req,
  })
  let changed = 0
  for (const doc of media) {
    const value = used.has(doc.id)
    if (Boolean(doc.inPublishedUse) === value) continue
    await payload.db.updateOne({
      collection: MEDIA,
      id: doc.id,
      data: { inPublishedUse: value },
      req,
      returning: false,
    })
    changed += 1
  }
  return changed
}
