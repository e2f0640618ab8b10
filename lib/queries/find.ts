import 'server-only'

import type { CollectionSlug, FindOptions, Payload, SelectType } from 'payload'

import type { Viewer } from '@/lib/preview'
import type { Config } from '@/payload-types'

/**
 * What the public site reads: the record, not accounts, the audit log or Payload's own tables
 * (naming them also keeps TypeScript's instantiation of `payload.find` within its depth limit).
 */
type PublicSlug = Exclude<CollectionSlug, 'users' | 'audit-log' | `payload-${string}`>

// Access is always applied as the viewer: the Local API skips it unless told.
type ReadOptions<
  TSlug extends PublicSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
> = Omit<
  FindOptions<TSlug, SelectType>,
  'limit' | 'pagination' | 'overrideAccess' | 'draft' | 'user' | 'depth' | 'select'
> & { depth: number; select: TSelect }

export async function findOne<
  TSlug extends PublicSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, viewer: Viewer, options: ReadOptions<TSlug, TSelect>) {
  const { docs } = await read(payload, viewer, { ...options, limit: 1, pagination: false })
  return docs[0] ?? null
}

// Unpaged: the record's lists are small (an assembly a year, tens of sessions and wins).
export async function findAll<
  TSlug extends PublicSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, viewer: Viewer, options: ReadOptions<TSlug, TSelect>) {
  const { docs } = await read(payload, viewer, { ...options, limit: 0 })
  return docs
}

const read = <TSlug extends PublicSlug, TSelect extends Config['collectionsSelect'][TSlug]>(
  payload: Payload,
  viewer: Viewer,
  options: ReadOptions<TSlug, TSelect> & { limit: number; pagination?: boolean },
) => payload.find<TSlug, TSelect, boolean>({ ...options, overrideAccess: false, ...viewer })

// For what a join leaves unpopulated (joins stop one level deep): one query, never one per item.
export async function findByIds<
  TSlug extends PublicSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, collection: TSlug, ids: number[], select: TSelect, viewer: Viewer) {
  if (ids.length === 0) return []
  return findAll(payload, viewer, {
    collection,
    where: { id: { in: ids } },
    depth: 0,
    // These reads need no join field; skipping them saves a subquery per join.
    joins: false as never,
    select,
  })
}

// One page in PostgreSQL (LIMIT/OFFSET), with a COUNT beside it for the page count.
export async function findPage<
  TSlug extends PublicSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(
  payload: Payload,
  viewer: Viewer,
  options: ReadOptions<TSlug, TSelect> & { limit: number; page: number },
) {
  const { docs, totalDocs, totalPages } = await read(payload, viewer, options)
  return { docs, totalDocs, totalPages: Math.max(totalPages, 1) }
}

// The first `limit` and whether there are more: one extra row is read instead of a COUNT.
export async function findFirst<
  TSlug extends PublicSlug,
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, viewer: Viewer, options: ReadOptions<TSlug, TSelect> & { limit: number }) {
  const { docs } = await read(payload, viewer, {
    ...options,
    limit: options.limit + 1,
    pagination: false,
  })
  return { docs: docs.slice(0, options.limit), more: docs.length > options.limit }
}
