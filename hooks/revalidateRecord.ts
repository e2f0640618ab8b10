import { revalidatePath, revalidateTag } from 'next/cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import {
  type CacheTag,
  cacheTags,
  isTaggedCollection,
  type TaggedCollection,
} from '@/lib/cacheTags'
import { REVALIDATE_HEADER, revalidationKey, revalidationUrl } from '@/lib/revalidationRequest'
import { paths } from '@/lib/urls'

/**
 * Keeps the statically generated site in step with the record. After a document is published,
 * unpublished, renamed or deleted:
 *
 * - its collection's cache tag is expired, which refreshes every page that shows any document of
 *   that collection: the document's own page, the listings, the assembly and home pages, the
 *   pages of people and organisations it is linked to, and the sitemap (see lib/cacheTags.ts);
 * - its own page is revalidated at its current and its previous address, with the listing pages
 *   of its collection and the sitemap, so a renamed page and a 404 cached for a not-yet-published
 *   address both refresh even though no query ran for them.
 *
 * `revalidateTag(tag, { expire: 0 })` expires at once: the next visitor gets the new page, not a
 * stale one while it re-renders ('max' would serve the old page once more). Scheduled publishing
 * (Payload's job queue) is covered too: see applyRevalidation.
 * https://payloadcms.com/docs/hooks/collections#afterchange
 */

export type RevalidationPlan = { tags: CacheTag[]; paths: string[] }

/** The fields the plan reads; every record collection has a subset of them. */
type RecordDoc = {
  id: number | string
  _status?: 'draft' | 'published' | null
  slug?: string | null
  year?: number | null
  assembly?: number | { id: number; year?: number | null } | null
}

const versionedCollections = [
  'assemblies',
  'sessions',
  'speakers',
  'organisations',
  'wins',
  'sources',
] as const
type VersionedCollection = (typeof versionedCollections)[number]

const isVersioned = (collection: TaggedCollection): collection is VersionedCollection =>
  (versionedCollections as readonly string[]).includes(collection)

/** The listing pages a document of each collection appears on, besides its own page. */
const listingPaths: Record<TaggedCollection, string[]> = {
  assemblies: [paths.home(), paths.assemblies()],
  sessions: [paths.home()],
  speakers: [paths.speakers()],
  organisations: [paths.organisations()],
  wins: [paths.home(), paths.wins()],
  topics: [paths.topics()],
  // Images and sources have no page of their own; the tag refreshes the pages that show them.
  sources: [],
  media: [],
}

/** Whether the public can see this version: published, or in a collection without drafts. */
const isPublic = (collection: TaggedCollection, doc: RecordDoc | null | undefined): boolean =>
  Boolean(doc) && (!isVersioned(collection) || doc?._status === 'published')

/** Whether the published version of a document is still in place (read from the main table). */
async function isStillPublished(
  collection: VersionedCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection,
    where: { id: { equals: id } },
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { _status: true },
    req,
  })
  return docs[0]?._status === 'published'
}

async function assemblyYear(
  assembly: RecordDoc['assembly'],
  req: PayloadRequest,
): Promise<number | null> {
  if (!assembly) return null
  if (typeof assembly === 'object' && typeof assembly.year === 'number') return assembly.year
  const id = typeof assembly === 'object' ? assembly.id : assembly
  const found = await req.payload.findByID({
    collection: 'assemblies',
    id,
    depth: 0,
    select: { year: true },
    disableErrors: true,
    req,
  })
  return found?.year ?? null
}

/** The addresses a version of a document has on the site (its own page, for sessions also the assembly's). */
async function pagesOf(
  collection: TaggedCollection,
  doc: RecordDoc,
  req: PayloadRequest,
): Promise<string[]> {
  switch (collection) {
    case 'assemblies':
      return typeof doc.year === 'number' ? [paths.assembly(doc.year)] : []
    case 'sessions': {
      const year = await assemblyYear(doc.assembly, req)
      if (year === null) return []
      return [paths.assembly(year), ...(doc.slug ? [paths.session(year, doc.slug)] : [])]
    }
    case 'speakers':
      return doc.slug ? [paths.speaker(doc.slug)] : []
    case 'organisations':
      return doc.slug ? [paths.organisation(doc.slug)] : []
    case 'wins':
      return doc.slug ? [paths.win(doc.slug)] : []
    case 'topics':
      return doc.slug ? [paths.topic(doc.slug)] : []
    case 'sources':
    case 'media':
      return []
  }
}

/**
 * What to revalidate after a change, or null when the public site is not affected (a draft saved
 * on a document that was never published). `previousDoc` is the version before the change; on
 * delete there is none.
 */
export async function planRevalidation({
  collection,
  doc,
  previousDoc,
  req,
}: {
  collection: TaggedCollection
  doc: RecordDoc
  previousDoc?: RecordDoc | null
  req: PayloadRequest
}): Promise<RevalidationPlan | null> {
  if (isVersioned(collection) && !isPublic(collection, doc)) {
    if (!isPublic(collection, previousDoc)) return null
    // A draft saved over a published document (autosave included) leaves the published version,
    // and so the site, as it was; only an unpublish changes what the public sees.
    if (await isStillPublished(collection, doc.id, req)) return null
  }
  const versions = previousDoc?.id ? [doc, previousDoc] : [doc]
  const pages = (
    await Promise.all(versions.map((version) => pagesOf(collection, version, req)))
  ).flat()
  // Images and sources have no address of their own: the sitemap does not change with them.
  const sitemap = collection === 'media' || collection === 'sources' ? [] : [paths.sitemap()]
  return {
    tags: [cacheTags[collection]],
    paths: [...new Set([...pages, ...listingPaths[collection], ...sitemap])],
  }
}

/**
 * Runs a plan.
 *
 * - A REST or GraphQL call (every save, publish, unpublish and delete in the admin) is a live
 *   Next.js request: Next's functions record the plan and carry it out when the request ends,
 *   after the write is committed and before the response is sent.
 * - A Local API call inside the Next.js server may run in a request (a server function) or
 *   outside any: Payload's job queue publishes scheduled documents from a timer, which inherits
 *   the async context of the request that started it, so Next's functions silently record the
 *   plan on a request that has long finished. Those writes also send the plan to this server's
 *   revalidation route once they are committed; revalidating twice is harmless.
 * - Writes outside Next.js (jest, scripts) have no cache to refresh: the seed says so with
 *   `context.disableRevalidate`, the others are recognised by Next's own error and skipped.
 */
export function applyRevalidation(plan: RevalidationPlan, req: PayloadRequest): void {
  if (req.context.disableRevalidate) return
  // Next.js sets NEXT_RUNTIME in its server; scripts and jest never have it.
  if (process.env.NEXT_RUNTIME === 'nodejs' && req.payloadAPI === 'local') {
    void forwardWhenCommitted(plan, req)
  }
  try {
    for (const tag of plan.tags) revalidateTag(tag, { expire: 0 })
    for (const path of plan.paths) revalidatePath(path)
  } catch (error) {
    if (error instanceof Error && error.message.includes('static generation store missing')) {
      req.payload.logger.debug(`Revalidation outside a Next.js request: ${plan.tags.join(', ')}`)
      return
    }
    // The write itself succeeded: a failed revalidation must not roll it back or fail the save.
    req.payload.logger.error({ err: error, msg: `Could not revalidate ${plan.tags.join(', ')}` })
  }
}

/**
 * Hooks run before the write is committed; revalidating then would let a visitor re-cache the old
 * version. Payload removes `req.transactionID` once the transaction commits (or rolls back), so
 * the request to the revalidation route waits for that.
 */
export async function forwardWhenCommitted(
  plan: RevalidationPlan,
  req: PayloadRequest,
): Promise<void> {
  for (let waited = 0; req.transactionID && waited < 30_000; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
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

export const revalidateAfterChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context.disableRevalidate || !isTaggedCollection(collection.slug)) return doc
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
  if (context.disableRevalidate || !isTaggedCollection(collection.slug)) return doc
  const plan = await planRevalidation({ collection: collection.slug, doc, req })
  if (plan) applyRevalidation(plan, req)
  return doc
}
