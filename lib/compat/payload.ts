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

// Payload 3.90 internals and defect work-arounds; each has a contract test in
// tests/int/compat/payload.test.ts, which fails when an upgrade changes or fixes it.

export type SqlExecutor = {
  execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }>
}

type DrizzleSessions = Record<string | number, { db: SqlExecutor } | undefined>

// As @payloadcms/drizzle's getTransaction (not exported): raw rows commit with the documents.
export async function dbFor(payload: Payload, req?: Partial<PayloadRequest>): Promise<SqlExecutor> {
  const adapter = payload.db as unknown as { drizzle: SqlExecutor; sessions?: DrizzleSessions }
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID === undefined ? undefined : adapter.sessions?.[transactionID]
  return session?.db ?? adapter.drizzle
}

// Payload has no event for the end of a transaction; it removes `req.transactionID` then.
export async function whenTransactionEnds(req: PayloadRequest, limitMs = 30_000): Promise<void> {
  for (let waited = 0; req.transactionID && waited < limitMs; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

// Payload re-throws these as plain 500 APIErrors.
export const MULTIPART_TOO_MANY_FILES = 'Multipart limit has been reached'
export const MULTIPART_TOO_LARGE = 'Multipart request size limit has been reached'

export const MALFORMED_BODY_MESSAGES = [
  /^Unexpected end of (?:form|file)$/,
  /^Malformed (?:part header|urlencoded form)$/,
  /^Multipart: Boundary not found$/,
  /^Malformed content type$/,
  /^Missing Content-Type$/,
  /^Unsupported content type: /,
  /^Request is not eligible for file upload$/,
  // How storage plugins pass bucket uploads; without one, Payload fails before checking access.
  /^uploadConfig\.handlers is not present for /,
]

// A production build empties Payload's error class names, so its formatter drops their messages.
export const LOST_MESSAGE = 'An unknown error occurred.'

const PREFERENCES = 'payload-preferences'

// Payload's delete by `where` on the polymorphic `user` makes the adapter emit SQL missing a FROM
// entry (a 500); the same `where` reads fine, so find, then delete by id.
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

export function applyPayloadWorkarounds(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find(({ slug }) => slug === PREFERENCES)
  if (preferences && Array.isArray(preferences.endpoints)) {
    preferences.endpoints = preferences.endpoints.map((endpoint): Endpoint =>
      endpoint.method === 'delete' && endpoint.path === '/:key'
        ? { ...endpoint, handler: deletePreference }
        : endpoint,
    )
  }
  return config
}
