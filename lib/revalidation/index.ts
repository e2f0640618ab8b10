import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { tagsFor } from '@/lib/cacheTags'
import { isRecordCollection, recordCollections } from '@/lib/record/registry'
import { planRevalidation, type RevalidationPlan } from '@/lib/revalidation/plan'
import {
  isValidRevalidationKey,
  parseRevalidationRequest,
  REVALIDATE_HEADER,
} from '@/lib/revalidation/request'
import { applyRevalidation, expire } from '@/lib/revalidation/run'

// https://payloadcms.com/docs/hooks/collections#afterchange

export type { RevalidationPlan } from '@/lib/revalidation/plan'
export { planRevalidation, applyRevalidation }
export { REVALIDATE_ROUTE, revalidationKey } from '@/lib/revalidation/request'

/** For a change whose pages cannot be listed (a name replaced across the record's text). */
export const everyRecordPage = (): RevalidationPlan => ({
  tags: tagsFor(...recordCollections),
  paths: [],
})

export const revalidateAfterChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context.disableRevalidate || !isRecordCollection(collection.slug)) return doc
  const plan = await planRevalidation({ collection: collection.slug, doc, previousDoc, req })
  if (plan) applyRevalidation(plan, req)
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  if (context.disableRevalidate || !isRecordCollection(collection.slug)) return doc
  const plan = await planRevalidation({ collection: collection.slug, doc, req })
  if (plan) applyRevalidation(plan, req)
  return doc
}

export async function handleRevalidationRequest(request: Request): Promise<Response> {
  if (!isValidRevalidationKey(request.headers.get(REVALIDATE_HEADER))) {
    return new Response(null, { status: 401 })
  }
  const plan = parseRevalidationRequest(await request.json().catch(() => null))
  if (!plan) return new Response(null, { status: 400 })
  expire(plan)
  return new Response(null, { status: 204 })
}
