import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { whenTransactionEnds } from '@/lib/compat/payload'
import { inNextServer, isRevalidationOutsideRequest } from '@/lib/compat/next'
import type { RevalidationPlan } from '@/lib/revalidation/plan'
import {
  REVALIDATE_HEADER,
  revalidationKey,
  revalidationUrl,
} from '@/lib/revalidation/request'

/** Expires the plan's tags and pages: the next visitor gets the new page, not a stale one. */
export function expire(plan: RevalidationPlan): void {
  for (const tag of plan.tags) revalidateTag(tag, { expire: 0 })
  for (const path of plan.paths) revalidatePath(path)
}

/**
 * Runs a plan.
 *
 * - A REST or GraphQL call (every save, publish, unpublish and delete in the admin) is a live
 *   Next.js request: Next records the plan and carries it out when the request ends, after the
 *   write is committed and before the response is sent.
 * - A Local API call inside the Next.js server may run outside any request: Payload's job queue
 *   publishes scheduled documents from a timer, where Next would record the plan on a request
 *   long finished. Those writes also send the plan to this server's revalidation route once
 *   they are committed; revalidating twice is harmless.
 * - Writes outside Next.js (jest, scripts) have no cache to refresh: the seed says so with
 *   `context.disableRevalidate`, the others are recognised by Next's own error and skipped.
 */
export function applyRevalidation(plan: RevalidationPlan, req: PayloadRequest): void {
  if (req.context.disableRevalidate) return
  if (inNextServer() && req.payloadAPI === 'local') void forwardWhenCommitted(plan, req)
  try {
    expire(plan)
  } catch (error) {
    if (isRevalidationOutsideRequest(error)) {
      req.payload.logger.debug(`Revalidation outside a Next.js request: ${plan.tags.join(', ')}`)
      return
    }
    // The write itself succeeded: a failed revalidation must not roll it back or fail the save.
    req.payload.logger.error({ err: error, msg: `Could not revalidate ${plan.tags.join(', ')}` })
  }
}

/** Revalidating before the commit would let a visitor re-cache the old version. */
export async function forwardWhenCommitted(
  plan: RevalidationPlan,
  req: PayloadRequest,
): Promise<void> {
  await whenTransactionEnds(req)
  try {
    const response = await fetch(revalidationUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_HEADER]: revalidationKey() },
      body: JSON.stringify(plan),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`the revalidation route answered ${response.status}`)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not revalidate ${plan.tags.join(', ')}` })
  }
}
