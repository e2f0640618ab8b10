import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

import { isCacheTag } from '@/lib/cacheTags'
import { env } from '@/lib/env'
import type { RevalidationPlan } from '@/lib/revalidation/plan'

// Scheduled publishing runs on Payload's job timer, outside a request: such writes post their
// plan over loopback, signed with a key from PAYLOAD_SECRET so nothing outside can flush the cache.
export const REVALIDATE_ROUTE = '/revalidate'
export const REVALIDATE_HEADER = 'x-picum-revalidate'

// This process: the public address may be a load balancer that sends it to another instance.
export const revalidationUrl = (): string => `http://127.0.0.1:${env().PORT}${REVALIDATE_ROUTE}`

export const revalidationKey = (): string =>
  createHmac('sha256', env().PAYLOAD_SECRET).update('picum:revalidate').digest('hex')

export function isValidRevalidationKey(candidate: string | null): boolean {
  const expected = Buffer.from(revalidationKey())
  const given = Buffer.from(candidate ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const planSchema = z
  .object({
    tags: z.array(z.string().refine(isCacheTag)),
    paths: z.array(z.string().regex(/^\/(?!\/)[^\s]{0,1023}$/)),
  })
  .refine(({ tags, paths }) => tags.length + paths.length <= 100)

export function parseRevalidationRequest(body: unknown): RevalidationPlan | null {
  const parsed = planSchema.safeParse(body)
  return parsed.success ? (parsed.data as RevalidationPlan) : null
}
