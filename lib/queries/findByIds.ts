import 'server-only'

import type { CollectionSlug, Payload } from 'payload'

import type { Config } from '@/payload-types'
import type { Viewer } from '@/lib/preview'

/**
 * The documents a join field leaves unpopulated (join results stop one level deep), read in one
 * query per collection however many there are, never one per item, under the same access rules
 * and viewer as the page's main read.
 */
export async function findByIds<
  TSlug extends CollectionSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, collection: TSlug, ids: number[], select: TSelect, viewer: Viewer) {
  if (ids.length === 0) return []
  const { docs } = await payload.find<TSlug, TSelect, boolean>({
    collection,
    where: { id: { in: ids } },
    overrideAccess: false,
    ...viewer,
    depth: 0,
    limit: 0,
    // These reads need no join field; skipping them saves a subquery per join.
    joins: false as never,
    select,
  })
  return docs
}
