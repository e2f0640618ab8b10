import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'

import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { inTransaction } from '@/lib/db/transaction'
import type { IndexedCollection } from '@/lib/record/registry'
import {
  parseRefKey,
  refKey,
  type SearchCollection,
  isSearchCollection,
  searchCollections,
} from '@/lib/search/collections'
import { readSearchRows, type SearchRow } from '@/lib/search/documents'

// Rows are rebuilt from the database, never patched, inside the request's transaction: a failure
// fails the save rather than leave an unpublished document findable.

// Sources have no row of their own: the rows that quote one are rebuilt when it changes.
export type DocRef = { collection: IndexedCollection; id: number }

const isQuotedOnlyCollection = (slug: IndexedCollection): boolean => !isSearchCollection(slug)

type IndexedRef = { collection: SearchCollection; id: number }

type Changed = DocRef & { refs: string[] }

const BATCH_SIZE = 100

const chunks = <T>(values: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, i) =>
    values.slice(i * size, (i + 1) * size),
  )

const intArray = (values: number[]) => sql`${sql.param(values)}::integer[]`
const textArray = (values: string[]) => sql`${sql.param(values)}::varchar[]`

// Exported for scripts/bench/search.ts.
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

const countedIn: Partial<Record<SearchCollection, SearchCollection[]>> = {
  sessions: ['speakers', 'organisations'],
  wins: ['organisations'],
}

async function dependentsOf(
  payload: Payload,
  db: SqlExecutor,
  changed: Changed[],
  req?: PayloadRequest,
): Promise<IndexedRef[]> {
  const found: IndexedRef[] = []
  const keys = changed.map((doc) => refKey(doc.collection, doc.id))

  const { rows: quoting } = await db.execute(sql`
    SELECT collection, doc_id FROM search_documents WHERE refs && ${textArray(keys)}`)
  for (const row of quoting) {
    if (isSearchCollection(row.collection))
      found.push({ collection: row.collection, id: Number(row.doc_id) })
  }

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

  // A session has no row while its assembly is unpublished: find its sessions by relationship.
  const assemblyIds = changed.filter((doc) => doc.collection === 'assemblies').map((doc) => doc.id)
  if (assemblyIds.length > 0) {
    const sessions = await documentIds(payload, req, 'sessions', { assembly: { in: assemblyIds } })
    for (const id of sessions) found.push({ collection: 'sessions', id })
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

// Each document is rebuilt at most once per call: a second rebuild could not change it.
export async function syncSearchIndex(
  payload: Payload,
  docs: DocRef[],
  req?: PayloadRequest,
): Promise<void> {
  const db = await dbFor(payload, req)
  const done = new Set<string>()
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

// In one transaction, so searches see the old index until the new one is complete.
export async function rebuildSearchIndex(
  payload: Payload,
  req?: PayloadRequest,
): Promise<RebuildReport> {
  const own = req ?? (await createLocalReq({}, payload))
  return inTransaction(own, () => rebuild(payload, own))
}

/** The ids of a collection's documents, in order; the indexer decides visibility itself. */
async function documentIds(
  payload: Payload,
  req: PayloadRequest | undefined,
  collection: SearchCollection,
  where?: Where,
): Promise<number[]> {
  const { docs } = await payload.find({
    collection,
    where,
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    sort: 'id',
    req,
  })
  return docs.map((doc) => doc.id)
}

async function rebuild(payload: Payload, req: PayloadRequest): Promise<RebuildReport> {
  const db = await dbFor(payload, req)
  await db.execute(sql`DELETE FROM search_documents`)
  const report = {} as RebuildReport
  for (const collection of searchCollections) {
    let indexed = 0
    for (const batch of chunks(await documentIds(payload, req, collection), BATCH_SIZE)) {
      const rows = await readSearchRows(payload, collection, batch, req)
      await writeSearchRows(db, rows)
      indexed += rows.length
    }
    report[collection] = indexed
  }
  return report
}
