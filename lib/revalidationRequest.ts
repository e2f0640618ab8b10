import { createHmac, timingSafeEqual } from 'node:crypto'

import { type CacheTag, cacheTags } from '@/lib/cacheTags'
import { env } from '@/lib/env'

/**
 * Revalidation only works inside a Next.js request. Payload's job queue (scheduled publishing)
 * runs on a timer inside the Next.js server, outside any request, so its writes hand their
 * revalidation to this server's own route (app/(frontend)/revalidate/route.ts) over HTTP.
 * The route accepts only requests signed with a key derived from PAYLOAD_SECRET.
 */
export const REVALIDATE_ROUTE = '/revalidate'
export const REVALIDATE_HEADER = 'x-picum-revalidate'

/**
 * The route on this very process, over loopback: the public address may be a load balancer or a
 * cache in front that sends the request to another instance (or nowhere, from inside a
 * container), and the key is nobody else's business.
 */
export const revalidationUrl = (): string => `http://127.0.0.1:${env().PORT}${REVALIDATE_ROUTE}`

export type RevalidationRequest = { tags: CacheTag[]; paths: string[] }

export const revalidationKey = (): string =>
  createHmac('sha256', env().PAYLOAD_SECRET).update('picum:revalidate').digest('hex')

export function isValidRevalidationKey(candidate: string | null): boolean {
  const expected = Buffer.from(revalidationKey())
  const given = Buffer.from(candidate ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const knownTags = new Set<string>(Object.values(cacheTags))

/** A request body as the route will act on it, or null when it is not one the hooks send. */
export function parseRevalidationRequest(body: unknown): RevalidationRequest | null {
  if (!body || typeof body !== 'object') return null
  const { tags, paths } = body as { tags?: unknown; paths?: unknown }
  if (!Array.isArray(tags) || !Array.isArray(paths) || tags.length + paths.length > 100) return null
  const validTag = (tag: unknown): tag is CacheTag => typeof tag === 'string' && knownTags.has(tag)
  const validPath = (path: unknown): path is string =>
    typeof path === 'string' && /^\/(?!\/)[^\s]{0,1023}$/.test(path)
  if (!tags.every(validTag) || !paths.every(validPath)) return null
  return { tags, paths }
}
