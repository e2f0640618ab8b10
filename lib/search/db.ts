import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/** What the search code needs from a database handle: drizzle's `execute` of a `sql` template. */
export type SqlExecutor = {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

type DrizzleSessions = Record<string | number, { db: SqlExecutor } | undefined>

/**
 * The handle to write through for a request: its open transaction when it has one, so an index
 * row is committed (or rolled back) with the document it describes; otherwise the pool. This is
 * what Payload's own adapter does for every query it runs (@payloadcms/drizzle getTransaction).
 */
export async function dbFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlExecutor> {
  const adapter = payload.db as unknown as { drizzle: SqlExecutor; sessions?: DrizzleSessions }
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID === undefined ? undefined : adapter.sessions?.[transactionID]
  return session?.db ?? adapter.drizzle
}
