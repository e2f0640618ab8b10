import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { type CacheTag, type TaggedCollection, tagsFor } from '@/lib/cacheTags'
import { isMissingIncrementalCache } from '@/lib/compat/next'
import { getPreviewViewer, publicViewer, type Viewer } from '@/lib/preview'

/**
 * Writes made outside Next.js (the seed, an import script) do not pass through the revalidation
 * hooks. This lifetime bounds how long such a change can stay unseen; staff edits made in the
 * admin expire the cache at once and never wait for it.
 */
const OUT_OF_BAND_WRITES_SHOW_WITHIN_SECONDS = 60 * 60

export type PublicQuery<Args extends QueryArg[], Result> = ((...args: Args) => Promise<Result>) & {
  /** The cache tags this query's results are stored under (see lib/cacheTags.ts). */
  readonly tags: readonly CacheTag[]
  /**
   * The published record only, whatever the request: for generateStaticParams and the sitemap,
   * which list the public addresses and run where there is no visitor (Next.js refuses
   * draftMode() inside generateStaticParams).
   */
  readonly published: (...args: Args) => Promise<Result>
}

/** Arguments become part of the cache key, so they are kept to plain values. */
type QueryArg = string | number

/**
 * A read for the public site, and the one place that decides between the published record and a
 * staff preview. `reads` names every collection whose documents the result contains, populated
 * relationships included. `read` gets the viewer to spread into its Local API calls.
 *
 * - The public (everyone, unless the request is a preview): the published record, kept across
 *   requests and builds by `unstable_cache` under the collections' tags and expired when a hook
 *   revalidates any of them. It stores JSON, which suits Payload documents: their dates are
 *   already ISO strings.
 * - A preview (draft mode on and a staff session, see lib/preview/viewer.ts): the latest drafts,
 *   read as that staff member straight from the database on every request. Drafts never enter the
 *   shared cache, so no other request can be answered with them.
 * - React `cache()` shares one call between generateMetadata and the page in a render.
 */
export function publicQuery<Args extends QueryArg[], Result>(
  name: string,
  reads: TaggedCollection[],
  read: (viewer: Viewer, ...args: Args) => Promise<Result>,
): PublicQuery<Args, Result> {
  const tags = tagsFor(...reads)
  const readPublished = (...args: Args): Promise<Result> => read(publicViewer, ...args)
  // Nothing found is not kept: every made-up address (/speakers/<anything>) would otherwise add an
  // entry to the cache, without bound. unstable_cache stores only what its function returns, so
  // "nothing" leaves it as a throw and comes back as null below.
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
