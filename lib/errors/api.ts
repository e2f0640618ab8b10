import type { AfterErrorHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { LOST_MESSAGE, MALFORMED_BODY_MESSAGES } from '@/lib/compat/payload'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/lib/db/unavailable'
import { messages } from '@/lib/errors/messages'

// Bad input Payload lets reach PostgreSQL or its parser is a 400, not a 500; no SQL in messages.

export type ApiErrorAnswer = {
  status: 400 | 404 | 503
  message: string
  retryAfterSeconds?: number
}

// Class 22, data exception. A missing table or column is the server's fault and stays a 500.
// https://www.postgresql.org/docs/current/errcodes-appendix.html
const BAD_QUERY_SQLSTATE = /^22[0-9A-Z]{3}$/

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

// A body that parsed to no object makes Payload's field hooks throw a TypeError.
function classifyBadBody(error: unknown, req: PayloadRequest): ApiErrorAnswer | null {
  if (!(error instanceof TypeError) || !WRITES.has(req.method?.toUpperCase() ?? '')) return null
  const { data } = req
  return data === null || typeof data !== 'object' || Array.isArray(data)
    ? { status: 400, message: messages.notAnObject }
    : null
}

// Payload mounts these on every collection; they fail on tables or columns that do not exist here.
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

// Payload's 4xx messages are lost in a production build (lib/compat/payload.ts, LOST_MESSAGE).
function restorePublicMessage(error: Error, result: unknown) {
  const { errors } = (result ?? {}) as { errors?: Array<{ message?: unknown }> }
  if (errors?.length !== 1 || errors[0]?.message !== LOST_MESSAGE || !error.message) return
  return { response: { errors: [{ ...errors[0], message: error.message }] } }
}

// https://payloadcms.com/docs/hooks/overview#aftererror
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
