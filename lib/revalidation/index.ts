import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { isRecordCollection } from '@/lib/record/registry'
import { planRevalidation } from '@/lib/revalidation/plan'
import { applyRevalidation, expire } from '@/lib/revalidation/run'
import {
  isValidRevalidationKey,
  parseRevalidationRequest,
  REVALIDATE_HEADER,
} from '@/lib/revalidation/request'

/**
 * Keeps the statically generated site in step with the record. After a document is published,
 * unpublished, renamed or deleted, its collection's cache tag is expired (every page that shows
 * any document of it; lib/cacheTags.ts), and the pages that show it by address are revalidated
 * at its current and previous address, with its listings and the sitemap
 * (lib/record/registry.ts says which). `revalidateTag(tag, { expire: 0 })` expires at once: the
 * next visitor gets the new page ('max' would serve the old one once more).
 *
 * The hooks are put on every record collection by lib/record/collections.ts.
 * https://payloadcms.com/docs/hooks/collections#afterchange
 */

export type { RevalidationPlan } from '@/lib/revalidation/plan'
export { planRevalidation, applyRevalidation }
export { REVALIDATE_ROUTE, revalidationKey } from '@/lib/revalidation/request'

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

/** POST /revalidate: a plan sent by this server's own job timer (see ./request.ts). */
export async function handleRevalidationRequest(request: Request): Promise<Response> {
  if (!isValidRevalidationKey(request.headers.get(REVALIDATE_HEADER))) {
    return new Response(null, { status: 401 })
  }
  const plan = parseRevalidationRequest(await request.json().catch(() => null))
  if (!plan) return new Response(null, { status: 400 })
  expire(plan)
  return new Response(null, { status: 204 })
}
