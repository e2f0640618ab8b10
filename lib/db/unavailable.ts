// A 503 with Retry-After, not a 500: the request will succeed once PostgreSQL is back. Drizzle
// and Payload wrap driver errors, so the whole `cause` chain is searched.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up or shutting down)
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53300', // too_many_connections
])

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /connection (?:refused|reset)/i,
  /timeout exceeded when trying to connect/i,
  /cannot use a pool after calling end/i,
  /client has encountered a connection error/i,
  /the database system is (?:starting up|shutting down)/i,
]

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { code, message, errors } = current as {
      code?: unknown
      message?: unknown
      errors?: unknown
    }
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    if (
      typeof message === 'string' &&
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
    ) {
      return true
    }
    // AggregateError (e.g. ECONNREFUSED on both ::1 and 127.0.0.1)
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

export const RETRY_AFTER_SECONDS = 5

export const UNAVAILABLE_MESSAGE = `The database is unavailable for a moment. Please try again in ${RETRY_AFTER_SECONDS} seconds.`
