import { revalidatePath, revalidateTag } from 'next/cache'

import {
  isValidRevalidationKey,
  parseRevalidationRequest,
  REVALIDATE_HEADER,
} from '@/lib/revalidationRequest'

/**
 * Revalidation for writes made inside this server but outside a request (scheduled publishing
 * runs on Payload's job queue timer). Only this server knows the key, so nothing outside can
 * use it to flush the cache. See lib/revalidationRequest.ts.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isValidRevalidationKey(request.headers.get(REVALIDATE_HEADER))) {
    return new Response(null, { status: 401 })
  }
  const plan = parseRevalidationRequest(await request.json().catch(() => null))
  if (!plan) return new Response(null, { status: 400 })
  for (const tag of plan.tags) revalidateTag(tag, { expire: 0 })
  for (const path of plan.paths) revalidatePath(path)
  return new Response(null, { status: 204 })
}
