import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { type CacheTag, type TaggedCollection, tagsFor } from '@/lib/cacheTags'

/**
 * Writes made outside Next.js (the seed, an import script) do not pass through the revalidation
 * hooks. This lifetime bounds how long such a change can stay unseen; staff edits made in the
 * admin expire the cache at once and never wait for it.
 */
const OUT_OF_BAND_WRITES_SHOW_WITHIN_SECONDS = 60 * 60

export type PublicQuery<Args extends QueryArg[], Result> = ((...args: Args) => Promise<Result>) & {
  /** The cache tags this query's results are stored under (see lib/cacheTags.ts). */
  readonly tags: readonly CacheTag[]
}

/** Arguments become part of the cache key, so they are kept to plain values. */
type QueryArg = string | number

/**
 * A read for the public site. `reads` names every collection whose documents the result contains,
 * populated relationships included: the result is cached under those collections' tags and
 * expires when a hook revalidates any of them.
 *
 * - React `cache()` shares one call between generateMetadata and the page in a render.
 * - `unstable_cache` keeps the result across requests and builds. It stores JSON, which suits
 *   Payload documents: their dates are already ISO strings.
 */
export function publicQuery<Args extends QueryArg[], Result>(
  name: string,
  reads: TaggedCollection[],
  read: (...args: Args) => Promise<Result>,
): PublicQuery<Args, Result> {
  const tags = tagsFor(...reads)
  const persisted = unstable_cache(read, ['public-query', name], {
    tags,
    revalidate: OUT_OF_BAND_WRITES_SHOW_WITHIN_SECONDS,
  })
  const query = cache(async (...args: Args): Promise<Result> => {
    try {
      return await persisted(...args)
    } catch (error) {
      // Outside a Next.js server (jest, scripts) there is no cache to read from: read directly.
      if (isMissingIncrementalCache(error)) return read(...args)
      throw error
    }
  })
  return Object.assign(query, { tags })
}

const isMissingIncrementalCache = (error: unknown): boolean =>
  error instanceof Error && error.message.startsWith('Invariant: incrementalCache missing')
