import { revalidatePath, revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { inNextServer, isRevalidationOutsideRequest } from '@/lib/compat/next'
import { whenTransactionEnds } from '@/lib/compat/payload'
import type { RevalidationPlan } from '@/lib/revalidation/plan'
import { REVALIDATE_HEADER, revalidationKey, revalidationUrl } from '@/lib/revalidation/request'

// `{ expire: 0 }`: 'max' would serve the old page once more after a publish.
export function expire(plan: RevalidationPlan): void {
  for (const tag of plan.tags) revalidateTag(tag, { expire: 0 })
  for (const path of plan.paths) revalidatePath(path)
}

// In a request Next runs the plan after the commit; the job queue's timer has none, so its writes
// also post the plan once committed (twice is harmless).
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
    // The write itself succeeded: a failed revalidation must not fail the save.
    req.payload.logger.error({ err: error, msg: `Could not revalidate ${plan.tags.join(', ')}` })
  }
}

// Revalidating before the commit would let a visitor re-cache the old version.
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
