import type { SQL } from '@payloadcms/db-postgres/drizzle'
import {
  type Endpoint,
  NotFound,
  type Payload,
  type PayloadHandler,
  type PayloadRequest,
  type SanitizedConfig,
  UnauthorizedError,
} from 'payload'

/**
 * Everything the app knows about Payload 3.90 beyond its documented API, in one place: work-arounds
 * for its defects, the messages its parts throw, the internals read where no API exists. Each has
 * a contract test in tests/int/compat/payload.test.ts that fails when an upgrade changes it; a
 * fixed defect's test fails too, and then its work-around can go.
 */

// ---------------------------------------------------------------------------------------------
// The database handle of a request's transaction.

/** What raw SQL needs from a database handle: drizzle's `execute` of a `sql` template. */
export type SqlExecutor = {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

type DrizzleSessions = Record<string | number, { db: SqlExecutor } | undefined>

/**
 * The handle to run raw SQL through for a request: its open transaction when it has one, so the
 * rows are committed (or rolled back) with the documents written beside them; otherwise the
 * pool. Payload's adapter keeps its transactions in `sessions` and does exactly this for its own
 * queries (@payloadcms/drizzle getTransaction, which it does not export).
 */
export async function dbFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlExecutor> {
  const adapter = payload.db as unknown as { drizzle: SqlExecutor; sessions?: DrizzleSessions }
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID === undefined ? undefined : adapter.sessions?.[transactionID]
  return session?.db ?? adapter.drizzle
}

/**
 * Resolves once the request's transaction has ended: Payload removes `req.transactionID` when it
 * commits or rolls back, and has no event for it. Hooks run before the commit; work that must see
 * the committed write (another process reading it) waits here, at most `limitMs`.
 */
export async function whenTransactionEnds(req: PayloadRequest, limitMs = 30_000): Promise<void> {
  for (let waited = 0; req.transactionID && waited < limitMs; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

// ---------------------------------------------------------------------------------------------
// Errors, as Payload's parts word them.

/**
 * The multipart parser's limit errors (Payload's `upload.responseOnLimit`, and busboy's own two),
 * which Payload re-throws as plain 500 APIErrors on the way out.
 */
export const MULTIPART_TOO_MANY_FILES = 'Multipart limit has been reached'
export const MULTIPART_TOO_LARGE = 'Multipart request size limit has been reached'

/** Errors busboy raises on a malformed body, which Payload re-throws as 500 APIErrors. */
export const MALFORMED_BODY_MESSAGES = [
  /^Unexpected end of (?:form|file)$/,
  /^Malformed (?:part header|urlencoded form)$/,
  /^Multipart: Boundary not found$/,
  /^Malformed content type$/,
  /^Missing Content-Type$/,
  /^Unsupported content type: /,
  /^Request is not eligible for file upload$/,
  // A text `file` field is how storage plugins pass files uploaded straight to a bucket; with no
  // such plugin, Payload fails on the missing handler before it even checks access.
  /^uploadConfig\.handlers is not present for /,
]

/**
 * What Payload's formatter answers for an error it keeps no message of: it keeps one only when
 * the error has a `name`, and a production build empties the class names its errors take their
 * name from, so its own 4xx answers ("Token is either invalid or has expired.") read this.
 */
export const LOST_MESSAGE = 'An unknown error occurred.'

// ---------------------------------------------------------------------------------------------
// Work-arounds applied to the built config.

const PREFERENCES = 'payload-preferences'

/**
 * DELETE /api/payload-preferences/:key: Payload deletes with a `where` on its polymorphic `user`
 * relationship, which the PostgreSQL adapter turns into SQL naming a table it never joined
 * (missing FROM-clause entry): a 500 for any key not saved. The same `where` works for reading, so
 * the preference is found first and then deleted by id, as the signed-in user.
 */
const deletePreference: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const key = req.routeParams?.key
  const { docs } = await payload.find({
    collection: PREFERENCES,
    where: {
      and: [
        { key: { equals: key } },
        { 'user.value': { equals: user.id } },
        { 'user.relationTo': { equals: user.collection } },
      ],
    },
    depth: 0,
    limit: 1,
    req,
  })
  const found = docs[0]
  if (!found) throw new NotFound(req.t)
  const deleted = await payload.delete({ collection: PREFERENCES, id: found.id, depth: 0, req })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') })
}

/** Applies every work-around to the built config; payload.config.ts calls it last. */
export function applyPayloadWorkarounds(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find(({ slug }) => slug === PREFERENCES)
  if (preferences && Array.isArray(preferences.endpoints)) {
    preferences.endpoints = preferences.endpoints.map(
      (endpoint): Endpoint =>
        endpoint.method === 'delete' && endpoint.path === '/:key'
          ? { ...endpoint, handler: deletePreference }
          : endpoint,
    )
  }
  return config
}
