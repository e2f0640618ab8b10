import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { dbFor } from '@/lib/compat/payload'

/**
 * A person's name written into other records' text (a session summary, a win's story, an image's
 * alt text). Field access withholds a speaker's own fields; this is the rest of the record:
 *
 * - once a name is withheld, it is replaced in what the public reads (the main tables; the stored
 *   history keeps it for staff), and no record can be published naming them again;
 * - an erasure replaces it everywhere, history included.
 *
 * Found in every text and JSON column, so a field added later is covered without a list to update.
 * Left out: staff accounts and their preferences (a colleague may share the name), the audit log
 * (it never holds a name), Payload's own tables, and the search index (rebuilt afterwards).
 */
const OUTSIDE_THE_RECORD = [
  /^users/,
  /^payload_preferences/,
  /^payload_migrations$/,
  /^payload_locked_documents/,
  /^audit_log/,
  /^search_/,
]

export const NAME_WITHHELD = '[name withheld]'

type Column = { table: string; column: string; json: boolean }

/** `history`: version tables too (an erasure). Otherwise what the public reads, without the person's own record. */
async function textColumns(req: PayloadRequest, history: boolean): Promise<Column[]> {
  const db = await dbFor(req.payload, req)
  const { rows } = await db.execute(sql`
    SELECT c.table_name AS table, c.column_name AS column, c.data_type = 'jsonb' AS json
      FROM information_schema.columns c
      JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
       AND c.data_type IN ('text', 'character varying', 'jsonb')
     ORDER BY 1, 2`)
  return (rows as Column[]).filter(
    ({ table }) =>
      !OUTSIDE_THE_RECORD.some((pattern) => pattern.test(table)) &&
      (history || (!table.startsWith('_') && !table.startsWith('speakers'))),
  )
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// The whole name, not inside a longer word ("Ana" is not found in "Analysis"), in any case. In
// JSON it is matched as JSON writes it, so a quote or backslash in a name cannot break a document.
function sqlPattern(names: string[], json: boolean): string {
  const spelled = names.map((name) => escapeRegex(json ? JSON.stringify(name).slice(1, -1) : name))
  return `(?<![[:alnum:]_])(${spelled.join('|')})(?![[:alnum:]_])`
}

const usable = (names: Array<string | null | undefined>) => [
  ...new Set(names.map((name) => name?.trim()).filter((name): name is string => Boolean(name))),
]

/** How many stored texts, history included, mention any of the names. */
export async function mentionsOf(req: PayloadRequest, names: string[]): Promise<number> {
  const wanted = usable(names)
  if (wanted.length === 0) return 0
  const db = await dbFor(req.payload, req)
  let total = 0
  for (const { table, column, json } of await textColumns(req, true)) {
    const value = json ? sql`${sql.identifier(column)}::text` : sql.identifier(column)
    const { rows } = await db.execute(sql`
      SELECT count(*)::int AS n FROM ${sql.identifier(table)}
       WHERE ${value} ~* ${sqlPattern(wanted, json)}`)
    total += (rows[0] as { n: number }).n
  }
  return total
}

/**
 * Replaces the names in stored text, in the request's transaction; answers how many texts
 * changed. `history`: in every stored version too (an erasure).
 */
export async function replaceMentions(
  req: PayloadRequest,
  names: Array<string | null | undefined>,
  { replacement, history }: { replacement: string; history: boolean },
): Promise<number> {
  const wanted = usable(names)
  if (wanted.length === 0) return 0
  const db = await dbFor(req.payload, req)
  let total = 0
  for (const { table, column, json } of await textColumns(req, history)) {
    const pattern = sqlPattern(wanted, json)
    const target = sql.identifier(column)
    const { rows } = json
      ? await db.execute(sql`
          UPDATE ${sql.identifier(table)}
             SET ${target} = regexp_replace(${target}::text, ${pattern}, ${replacement}, 'gi')::jsonb
           WHERE ${target}::text ~* ${pattern}
          RETURNING 1`)
      : await db.execute(sql`
          UPDATE ${sql.identifier(table)}
             SET ${target} = regexp_replace(${target}, ${pattern}, ${replacement}, 'gi')
           WHERE ${target} ~* ${pattern}
          RETURNING 1`)
    total += rows.length
  }
  return total
}

// One query per request, however many documents it saves.
const withheldByRequest = new WeakMap<PayloadRequest, Promise<string[]>>()

/** The names the public may not read: everyone whose record withholds their name, bar the erased. */
export function withheldNames(req: PayloadRequest): Promise<string[]> {
  let found = withheldByRequest.get(req)
  if (!found) {
    found = dbFor(req.payload, req)
      .then((db) =>
        db.execute(sql`
          SELECT DISTINCT name FROM speakers
           WHERE consent_show_name IS NOT TRUE AND consent_basis::text IS DISTINCT FROM 'erased'`),
      )
      .then(({ rows }) => usable((rows as Array<{ name: string | null }>).map(({ name }) => name)))
    withheldByRequest.set(req, found)
  }
  return found
}

/** The names, of those given, that a text mentions (the same rule as the SQL above). */
export function namesIn(text: string, names: string[]): string[] {
  return names.filter((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegex(name)}(?![\\p{L}\\p{N}_])`, 'iu').test(text),
  )
}
