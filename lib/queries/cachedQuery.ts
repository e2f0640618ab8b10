import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { type CacheTag, type TaggedCollection, tagsFor } from '@/lib/cacheTags'
import { isMissingIncrementalCache } from '@/lib/compat/next'
import { getPreviewViewer, publicViewer, type Viewer } from '@/lib/preview'

// Bounds how long a write made outside Next.js (seed, import script), which skips the revalidation
// hooks, can stay unseen; admin edits expire the cache at once.
const OUT_OF_BAND_WRITES_SHOW_WITHIN_SECONDS = 60 * 60

export type PublicQuery<Args extends QueryArg[], Result> = ((...args: Args) => Promise<Result>) & {
  readonly tags: readonly CacheTag[]
  /** The published record only: for generateStaticParams (no draftMode() there) and the sitemap. */
  readonly published: (...args: Args) => Promise<Result>
}

type QueryArg = string | number

/**
 * A read for the public site, and the one place that decides between the published record (cached
 * under the tags of every collection in `reads`, populated ones included) and a staff preview,
 * read uncached so drafts never enter the shared cache.
 */
export function publicQuery<Args extends QueryArg[], Result>(
  name: string,
  reads: TaggedCollection[],
  read: (viewer: Viewer, ...args: Args) => Promise<Result>,
): PublicQuery<Args, Result> {
  const tags = tagsFor(...reads)
  const readPublished = (...args: Args): Promise<Result> => read(publicViewer, ...args)
  // "Nothing found" leaves as a throw so unstable_cache does not store it: made-up addresses would
  // otherwise grow the cache without bound.
  const persisted = unstable_cache(
    async (...args: Args): Promise<Result> => {
      const result = await readPublished(...args)
      if (result === null) throw new NothingFound()
      return result
    },
    ['public-query', name],
    { tags, revalidate: OUT_OF_BAND_WRITES_SHOW_WITHIN_SECONDS },
  )
  const published = cache(async (...args: Args): Promise<Result> => {
    try {
      return await persisted(...args)
    } catch (error) {
      if (error instanceof NothingFound) return null as Result
      // Outside a Next.js server (jest, scripts) there is no cache to read from: read directly.
      if (isMissingIncrementalCache(error)) return readPublished(...args)
      throw error
    }
  })
  const query = cache(async (...args: Args): Promise<Result> => {
    const preview = await getPreviewViewer()
    return preview ? read(preview, ...args) : published(...args)
  })
  return Object.assign(query, { tags, published })
}

class NothingFound extends Error {}
