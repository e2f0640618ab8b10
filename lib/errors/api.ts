import type { AfterErrorHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { LOST_MESSAGE, MALFORMED_BODY_MESSAGES } from '@/lib/compat/payload'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/lib/db/unavailable'
import { messages } from '@/lib/errors/messages'

/**
 * The one place that decides how an error the API did not expect reaches a client, for REST and
 * GraphQL alike. Payload answers its own errors well (403, 404, validation 400) but lets some bad
 * input fall through to a 500: a text id or a negative `page` reaches PostgreSQL as a query that
 * fails there, a malformed `%` escape or a `where` that is not JSON throws while the request is
 * read, a broken multipart body surfaces as a 500 `APIError`. Those are the client's mistake and
 * get a 400 with a plain message; a database that cannot be reached gets a 503. Anything else
 * stays a 500 with Payload's "Something went wrong." Messages never carry SQL or a stack.
 */

export type ApiErrorAnswer = {
  status: 400 | 404 | 503
  message: string
  /** Set on 503s: sent as the Retry-After header. */
  retryAfterSeconds?: number
}


/**
 * PostgreSQL errors caused by the values in a query: class 22, data exception (invalid input
 * syntax, out of range, negative OFFSET). Anything else from PostgreSQL, above all a missing table,
 * column or function (42P01, 42703, 42883), is the server's own fault and stays a 500, so tests
 * and logs see it. https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const BAD_QUERY_SQLSTATE = /^22[0-9A-Z]{3}$/

/** The error and what it wraps: Drizzle's `cause`, GraphQL's `originalError`. */
function chain(error: unknown): object[] {
  const seen: object[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.includes(current)) {
    seen.push(current)
    const { cause, originalError } = current as { cause?: unknown; originalError?: unknown }
    current = cause ?? originalError
  }
  return seen
}

const statusOf = (error: object): number | undefined => {
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown }
  const value = typeof status === 'number' ? status : statusCode
  return typeof value === 'number' ? value : undefined
}

/** Errors that already carry a client-error status are Payload's own answers: left alone. */
const hasClientStatus = (error: object): boolean => {
  const status = statusOf(error)
  return status !== undefined && status >= 400 && status < 500
}

export function classifyApiError(error: unknown): ApiErrorAnswer | null {
  const errors = chain(error)
  if (errors.some(hasClientStatus)) return null
  if (errors.some(isDatabaseUnavailable)) {
    return { status: 503, message: messages.unavailable, retryAfterSeconds: RETRY_AFTER_SECONDS }
  }
  for (const each of errors) {
    const { code, message, name } = each as { code?: unknown; message?: unknown; name?: unknown }
    const text = typeof message === 'string' ? message : ''
    if (typeof code === 'string' && BAD_QUERY_SQLSTATE.test(code)) {
      return { status: 400, message: messages.badValue }
    }
    if (each instanceof URIError) return { status: 400, message: messages.badEscape }
    if (each instanceof SyntaxError || name === 'SyntaxError') {
      return { status: 400, message: messages.badJson }
    }
    if (MALFORMED_BODY_MESSAGES.some((pattern) => pattern.test(text))) {
      return { status: 400, message: messages.badUpload }
    }
  }
  return null
}

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

/**
 * A create or update whose body parsed to no object (`null`, a number, a multipart form without
 * `_payload`) leaves `req.data` without fields, and Payload's field hooks fail on it with a
 * TypeError. The error alone says nothing; with the request it is plainly the client's.
 */
function classifyBadBody(error: unknown, req: PayloadRequest): ApiErrorAnswer | null {
  if (!(error instanceof TypeError) || !WRITES.has(req.method?.toUpperCase() ?? '')) return null
  const { data } = req
  return data === null || typeof data !== 'object' || Array.isArray(data)
    ? { status: 400, message: messages.notAnObject }
    : null
}

/**
 * Routes Payload mounts on every collection whether or not the collection uses them:
 * `/api/media/versions` (the adapter then fails looking for a versions table that does not
 * exist) and `/api/users/verify/:token` without email verification (it queries a column that does
 * not exist). To the client these routes do not exist.
 */
function classifyUnusedRoute(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig | undefined,
): ApiErrorAnswer | null {
  if (!collection) return null
  const path = new URL(req.url ?? 'http://localhost').pathname
  const route = path.slice(path.indexOf(`/${collection.slug}/`) + collection.slug.length + 1)
  if (!collection.versions && /^\/versions(?:\/|$)/.test(route)) {
    return { status: 404, message: messages.noVersions }
  }
  if (!collection.auth?.verify && /^\/verify(?:\/|$)/.test(route)) {
    return { status: 404, message: messages.noRoute }
  }
  return null
}

/**
 * Payload's own 4xx answers lose their message in a production build (lib/compat/payload.ts,
 * LOST_MESSAGE). Their messages are written for users, so they are put back.
 */
function restorePublicMessage(error: Error, result: unknown) {
  const { errors } = (result ?? {}) as { errors?: Array<{ message?: unknown }> }
  if (errors?.length !== 1 || errors[0]?.message !== LOST_MESSAGE || !error.message) return
  return { response: { errors: [{ ...errors[0], message: error.message }] } }
}

/**
 * Config-level `hooks.afterError`: Payload runs it for every REST error (after formatting its
 * own response) and every GraphQL error. https://payloadcms.com/docs/hooks/overview#aftererror
 */
export const mapApiErrors: AfterErrorHook = ({ collection, error, graphqlResult, req, result }) => {
  if (chain(error).some(hasClientStatus)) return restorePublicMessage(error, result)
  const answer =
    classifyApiError(error) ?? classifyBadBody(error, req) ?? classifyUnusedRoute(req, collection)
  if (!answer) return
  if (answer.retryAfterSeconds) {
    // Payload merges req.responseHeaders into the error response (REST and GraphQL).
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(answer.retryAfterSeconds))
  }
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: answer.message,
        extensions: { ...graphqlResult.extensions, statusCode: answer.status, stack: undefined },
      },
    }
  }
  return { response: { errors: [{ message: answer.message }] }, status: answer.status }
}
