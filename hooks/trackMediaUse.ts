import type {
  Block,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
  PayloadRequest,
} from 'payload'

import { asShownToPublic } from '@/lib/consent'
import { MEDIA_IN_USE, publishedUseOf, refreshMediaUse } from '@/lib/mediaVisibility/publishedUse'
import { mediaIdsIn, mediaReferences } from '@/lib/mediaVisibility/references'

// beforeChange stores the image ids the saved version uses and what the public version used;
// afterChange/afterDelete recompute the affected images inside the same transaction.

const mediaInUseField: Field = {
  name: MEDIA_IN_USE,
  type: 'number',
  hasMany: true,
  index: true,
  hidden: true,
}

type PublicUse = Awaited<ReturnType<typeof publishedUseOf>>

const usedBefore = new WeakMap<PayloadRequest, Map<string, PublicUse>>()
const keyOf = (collection: string, id: number | string) => `${collection}:${id}`

const recordMediaInUse: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Payload has already filled `data` with the stored values of fields the request left out. A
  // photo its subject did not agree to show is not in public use (lib/consent).
  data[MEDIA_IN_USE] = mediaIdsIn(
    collection.fields,
    asShownToPublic(collection.slug, data),
    req.payload.config.blocks,
  )
  if (operation === 'update' && originalDoc?.id !== undefined) {
    const before = usedBefore.get(req) ?? new Map<string, PublicUse>()
    before.set(
      keyOf(collection.slug, originalDoc.id),
      await publishedUseOf(collection, originalDoc.id, req),
    )
    usedBefore.set(req, before)
  }
  return data
}

const sameIds = (a: number[], b: number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i])

const refreshAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const key = keyOf(collection.slug, doc.id)
  const before = usedBefore.get(req)?.get(key) ?? null
  usedBefore.get(req)?.delete(key)
  const after = await publishedUseOf(collection, doc.id, req)
  if (!before && !after) return doc
  if (before && after && sameIds(before.ids, after.ids)) return doc
  await refreshMediaUse([...(before?.ids ?? []), ...(after?.ids ?? [])], req)
  return doc
}

const refreshAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await refreshMediaUse(mediaIdsIn(collection.fields, doc, req.payload.config.blocks), req)
  return doc
}

export function trackMediaUse(
  collections: CollectionConfig[],
  blocks: Block[] = [],
): CollectionConfig[] {
  return collections.map((collection) => {
    if (mediaReferences(collection.fields, blocks).length === 0) return collection
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      fields: [...collection.fields, mediaInUseField],
      hooks: {
        ...hooks,
        beforeChange: [...(hooks.beforeChange ?? []), recordMediaInUse],
        afterChange: [...(hooks.afterChange ?? []), refreshAfterChange],
        afterDelete: [...(hooks.afterDelete ?? []), refreshAfterDelete],
      },
    }
  })
}

export const mediaUseHooks = { recordMediaInUse, refreshAfterChange, refreshAfterDelete }
