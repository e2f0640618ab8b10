import pg from 'pg'

export type QueryLog = {
  /** How many statements reached PostgreSQL. */
  count: number
  /** Their SQL text, in the order they were sent. */
  statements: string[]
}

/**
 * Runs `fn` and records every SQL statement sent while it runs. Payload's PostgreSQL adapter
 * talks to the database through `pg` (pooled clients), so wrapping `Client#query` sees every
 * statement whichever way drizzle issues it. Tests run one file at a time, in band, so nothing
 * else queries in the meantime.
 */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T } & QueryLog> {
  const statements: string[] = []
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const original = prototype.query
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first] = args
    statements.push(
      typeof first === 'string' ? first : String((first as { text?: unknown } | null)?.text ?? ''),
    )
    return original.apply(this, args)
  }
  try {
    const result = await fn()
    return { result, count: statements.length, statements }
  } finally {
    prototype.query = original
  }
}

/** The tables a set of statements read from (`from "sessions"`, `join "sessions_contributions"`). */
export function tablesRead(statements: string[]): Set<string> {
  const tables = new Set<string>()
  for (const sql of statements) {
    for (const match of sql.matchAll(/\b(?:from|join)\s+"([a-z0-9_]+)"/gi)) tables.add(match[1]!)
  }
  return tables
}
