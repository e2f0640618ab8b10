import { sql } from '@payloadcms/db-postgres'
import {
  createLocalReq,
  type Payload,
  type PayloadRequest,
} from 'payload'

import {
  parseRefKey,
  refKey,
  type SearchCollection,
  isSearchCollection,
  searchCollections,
} from '@/lib/search/collections'
import { inTransaction } from '@/lib/db/transaction'
import type { IndexedCollection } from '@/lib/record/registry'
import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { readSearchRows, type SearchRow } from '@/lib/search/documents'

/**
 * Keeps the search index equal to what the public can see.
 *
 * A row is always rebuilt from the database, never patched: `syncSearchIndex` reads the
 * documents it is given from their main tables and writes, replaces or deletes their rows. Rows
 * quote other documents (a session lists its speakers' names, a speaker the years they spoke), so
 * a change spreads to the rows that quoted the changed document (`refs`), and to the rows that
 * gain or lose a quote: the people and organisations of a session or win, the sessions of an
 * assembly. It spreads only from rows that actually changed, which ends it; that is sound because
 * whatever a row quotes from another document (its name, years, country, whether it is public)
 * is also in that document's own row.
 *
 * Every write goes through the request's transaction: the index changes with the document or
 * not at all. A failure fails the save rather than leave, say, an unpublished win findable.
 */

/**
 * A document to bring the index up to date with. Sources have no row of their own: the rows that
 * quote one (its "Source: …" line) are rebuilt when it changes (lib/record/registry.ts, `search`).
 */
export type DocRef = { collection: IndexedCollection; id: number }

const isQuotedOnlyCollection = (slug: IndexedCollection): boolean => !isSearchCollection(slug)

/** A document that has a row of its own. */
type IndexedRef = { collection: SearchCollection; id: number }

/** A document whose row was written, replaced or deleted, with what it quoted before and after. */
type Changed = DocRef & { refs: string[] }

const BATCH_SIZE = 100

const chunks = <T>(values: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) =>
    values.slice(i * size, (i + 1) * size),
  )

const intArray = (values: number[]) => sql`${sql.param(values)}::integer[]`
const textArray = (values: string[]) => sql`${sql.param(values)}::varchar[]`

/**
 * Inserts rows, replacing the ones already there; returns the keys of rows that are new or
 * differ. Exported for scripts/bench/search.ts, which fills an index without a record behind it.
 */
export async function writeSearchRows(db: SqlExecutor, rows: SearchRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set()
  const values = rows.map(
    (row) =>
      sql`(${row.collection}, ${row.docId}, ${row.path}, ${row.title}, ${row.meta}, ${row.keywords},
        ${row.body}, ${sql.param(row.years)}::smallint[], ${row.country}, ${row.source},
        ${textArray(row.refs)})`,
  )
  const { rows: written } = await db.execute(sql`
    INSERT INTO search_documents
      (collection, doc_id, path, title, meta, keywords, body, years, country, source, refs)
    VALUES ${sql.join(values, sql`, `)}
    ON CONFLICT (collection, doc_id) DO UPDATE SET
      path = excluded.path, title = excluded.title, meta = excluded.meta,
      keywords = excluded.keywords, body = excluded.body, years = excluded.years,
      country = excluded.country, source = excluded.source, refs = excluded.refs,
      updated_at = now()
    WHERE (search_documents.path, search_documents.title, search_documents.meta,
        search_documents.keywords, search_documents.body, search_documents.years,
        search_documents.country, search_documents.source, search_documents.refs)
      IS DISTINCT FROM (excluded.path, excluded.title, excluded.meta, excluded.keywords,
        excluded.body, excluded.years, excluded.country, excluded.source, excluded.refs)
    RETURNING collection, doc_id`)
  return new Set(written.map((row) => refKey(String(row.collection), Number(row.doc_id))))
}

/** Rebuilds the rows of some documents of one collection; returns those whose row changed. */
async function reindex(
  payload: Payload,
  db: SqlExecutor,
  collection: SearchCollection,
  ids: number[],
  req?: PayloadRequest,
): Promise<Changed[]> {
  const { rows: before } = await db.execute(sql`
    SELECT doc_id, refs FROM search_documents
    WHERE collection = ${collection} AND doc_id = ANY(${intArray(ids)})`)
  const previousRefs = new Map(before.map((row) => [Number(row.doc_id), row.refs as string[]]))

  const rows = await readSearchRows(payload, collection, ids, req)
  const kept = new Set(rows.map((row) => row.docId))
  const gone = ids.filter((id) => !kept.has(id) && previousRefs.has(id))
  if (gone.length > 0) {
    await db.execute(sql`
      DELETE FROM search_documents
      WHERE collection = ${collection} AND doc_id = ANY(${intArray(gone)})`)
  }
  const written = await writeSearchRows(db, rows)

  return [
    ...gone.map((id) => ({ collection, id, refs: previousRefs.get(id) ?? [] })),
    ...rows
      .filter((row) => written.has(refKey(collection, row.docId)))
      .map((row) => ({
        collection,
        id: row.docId,
        refs: [...new Set([...(previousRefs.get(row.docId) ?? []), ...row.refs])],
      })),
  ]
}

/** Whose rows count documents of a collection they are named in (lib/search/documents.ts). */
const countedIn: Partial<Record<SearchCollection, SearchCollection[]>> = {
  sessions: ['speakers', 'organisations'],
  wins: ['organisations'],
}

/** Rows whose content may depend on the changed documents. */
async function dependentsOf(
  payload: Payload,
  db: SqlExecutor,
  changed: Changed[],
  req?: PayloadRequest,
): Promise<IndexedRef[]> {
  const found: IndexedRef[] = []
  const keys = changed.map((doc) => refKey(doc.collection, doc.id))

  // Rows that quote a changed document.
  const { rows: quoting } = await db.execute(sql`
    SELECT collection, doc_id FROM search_documents WHERE refs && ${textArray(keys)}`)
  for (const row of quoting) {
    if (isSearchCollection(row.collection))
      found.push({ collection: row.collection, id: Number(row.doc_id) })
  }

  // People count the sessions they spoke in, organisations the sessions and wins they appear in
  // (their years): those a session or win names now, or named before this change, are recounted.
  for (const doc of changed) {
    const counted = isSearchCollection(doc.collection) ? countedIn[doc.collection] : undefined
    if (!counted) continue
    for (const key of doc.refs) {
      const ref = parseRefKey(key)
      if (ref && counted.includes(ref.collection as SearchCollection)) {
        found.push({ collection: ref.collection as SearchCollection, id: ref.id })
      }
    }
  }

  // A session has no row while its assembly is unpublished, so no row quotes the assembly then:
  // its sessions are found through the relationship itself.
  const assemblyIds = changed.filter((doc) => doc.collection === 'assemblies').map((doc) => doc.id)
  if (assemblyIds.length > 0) {
    const { docs } = await payload.find({
      collection: 'sessions',
      where: { assembly: { in: assemblyIds } },
      draft: false,
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      req,
    })
    for (const session of docs) found.push({ collection: 'sessions', id: session.id })
  }
  return found
}

const byCollection = (docs: IndexedRef[]): Map<SearchCollection, number[]> => {
  const grouped = new Map<SearchCollection, number[]>()
  // A fixed order: concurrent saves then lock rows in the same order.
  for (const collection of searchCollections) {
    const ids = [
      ...new Set(docs.filter((doc) => doc.collection === collection).map((doc) => doc.id)),
    ]
    if (ids.length > 0)
      grouped.set(
        collection,
        ids.sort((a, b) => a - b),
      )
  }
  return grouped
}

/**
 * Brings the index up to date with the given documents and everything that quotes them. Each
 * document is rebuilt at most once per call: rows are built from the database as it now is, so
 * rebuilding one again later in the same call could not change it.
 */
export async function syncSearchIndex(
  payload: Payload,
  docs: DocRef[],
  req?: PayloadRequest,
): Promise<void> {
  const db = await dbFor(payload, req)
  const done = new Set<string>()
  // A source has no row: what changed with it is what quotes it, found from the start.
  const quoted: Changed[] = docs
    .filter((doc) => isQuotedOnlyCollection(doc.collection))
    .map((doc) => ({ ...doc, refs: [] }))
  let pending: IndexedRef[] = [
    ...docs.filter((doc): doc is IndexedRef => isSearchCollection(doc.collection)),
    ...(quoted.length > 0 ? await dependentsOf(payload, db, quoted, req) : []),
  ]
  while (pending.length > 0) {
    const next = pending.filter((doc) => !done.has(refKey(doc.collection, doc.id)))
    for (const doc of next) done.add(refKey(doc.collection, doc.id))
    const changed: Changed[] = []
    for (const [collection, ids] of byCollection(next)) {
      for (const batch of chunks(ids, BATCH_SIZE)) {
        changed.push(...(await reindex(payload, db, collection, batch, req)))
      }
    }
    pending = changed.length > 0 ? await dependentsOf(payload, db, changed, req) : []
  }
}

export type RebuildReport = Record<SearchCollection, number>

/**
 * Empties the index and builds it again from every public document (npm run search:reindex, the
 * migration that creates the index, a development database that predates it). In one
 * transaction, the caller's (`req`) or its own: searches see the old index until the new one is
 * complete, and a failure leaves the old one in place.
 */
export async function rebuildSearchIndex(
  payload: Payload,
  req?: PayloadRequest,
): Promise<RebuildReport> {
  const own = req ?? (await createLocalReq({}, payload))
  return inTransaction(own, () => rebuild(payload, own))
}

async function rebuild(payload: Payload, req: PayloadRequest): Promise<RebuildReport> {
  const db = await dbFor(payload, req)
  await db.execute(sql`DELETE FROM search_documents`)
  const report = {} as RebuildReport
  for (const collection of searchCollections) {
    const { docs } = await payload.find({
      collection,
      draft: false,
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {},
      sort: 'id',
      req,
    })
    let indexed = 0
    for (const batch of chunks(
      docs.map((doc) => doc.id),
      BATCH_SIZE,
    )) {
      const rows = await readSearchRows(payload, collection, batch, req)
      await writeSearchRows(db, rows)
      indexed += rows.length
    }
    report[collection] = indexed
  }
  return report
}
