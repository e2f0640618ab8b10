import 'server-only'

import type { CollectionSlug, FindOptions, Payload, SelectType } from 'payload'

import type { Config } from '@/payload-types'
import type { Viewer } from '@/lib/preview'

type OneOptions<
  TSlug extends CollectionSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
> = Omit<
  FindOptions<TSlug, SelectType>,
  'limit' | 'pagination' | 'overrideAccess' | 'draft' | 'user' | 'depth' | 'select'
> & { depth: number; select: TSelect }

/**
 * The one document at an address (a slug, a year), as the viewer may read it, or null: the head
 * of every page's read. Access is always applied; depth and select stay with the caller.
 */
export async function findOne<
  TSlug extends CollectionSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, viewer: Viewer, options: OneOptions<TSlug, TSelect>) {
  const { docs } = await payload.find<TSlug, TSelect, boolean>({
    ...options,
    overrideAccess: false,
    ...viewer,
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? null
}
