import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { rebuildSearchIndex } from '@/lib/search/indexer'

/**
 * The search index lives in a table of its own, beside Payload's, rather than in a hidden
 * collection:
 *
 * - its vector is a generated tsvector column with a GIN index, over a text search
 *   configuration that folds accents (`unaccent`) before English stemming. Payload's schema
 *   cannot describe either, and drizzle-kit would try to "fix" a generated column it half
 *   understands on every push;
 * - a collection would bring versions, access rules, admin screens and REST endpoints that an
 *   index has no use for, and its rows would go through hooks of their own.
 *
 * Payload's development schema push (drizzle-kit) drops any table it does not know, after asking
 * about data loss on a prompt that hangs non-interactive runs; its introspection even crashes on
 * this table's composite primary key. payload.config.ts therefore passes `tablesFilter` so push
 * never looks at it, and creates it (with `ensureSearchSchema`) when push is on. Production gets
 * it from the committed migration migrations/20261128_223600_search_index.ts, which must build the
 * same objects (tests/int/searchIndex.test.ts compares the two).
 */
export const SEARCH_TABLE = 'search_documents'

/** English stemming with accents folded first: `Lucía` and `Lucia` both index as `lucia`. */
export const SEARCH_CONFIG = 'picum_search'

/** For the adapter's `tablesFilter`: every table but the index (minimatch negation). */
export const searchTablesFilter = [`!${SEARCH_TABLE}`]

/** Idempotent DDL for databases whose schema Payload pushes (development and tests). */
const statements = [
  sql`CREATE EXTENSION IF NOT EXISTS unaccent`,
  // A text search configuration has no IF NOT EXISTS; two processes starting together may race.
  sql`DO $$
    BEGIN
      IF NOT EXISTS (
        SELECT 1 FROM pg_ts_config
        WHERE cfgname = 'picum_search' AND cfgnamespace = current_schema()::regnamespace
      ) THEN
        CREATE TEXT SEARCH CONFIGURATION picum_search (COPY = pg_catalog.english);
        ALTER TEXT SEARCH CONFIGURATION picum_search
          ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
      END IF;
    EXCEPTION WHEN duplicate_object THEN NULL;
    END $$`,
  sql`CREATE TABLE IF NOT EXISTS search_documents (
    collection varchar NOT NULL,
    doc_id integer NOT NULL,
    path varchar NOT NULL,
    title varchar NOT NULL,
    meta varchar NOT NULL DEFAULT '',
    keywords text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    years smallint[] NOT NULL DEFAULT '{}',
    country varchar(2),
    refs varchar[] NOT NULL DEFAULT '{}',
    updated_at timestamp(3) with time zone NOT NULL DEFAULT now(),
    vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('picum_search', title), 'A') ||
      setweight(to_tsvector('picum_search', keywords), 'B') ||
      setweight(to_tsvector('picum_search', body), 'C')
    ) STORED,
    CONSTRAINT search_documents_pkey PRIMARY KEY (collection, doc_id)
  )`,
  sql`CREATE INDEX IF NOT EXISTS search_documents_vector_idx ON search_documents USING gin (vector)`,
  sql`CREATE INDEX IF NOT EXISTS search_documents_refs_idx ON search_documents USING gin (refs)`,
  // Added with issue 14 (migrations/20261129_120000_record_fidelity.ts adds it the same way):
  // appended, so pushed and migrated databases keep the same column order.
  sql`ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS source text NOT NULL DEFAULT ''`,
]

/** Creates whatever of the index is missing. */
export async function ensureSearchSchema(db: SqlExecutor): Promise<void> {
  for (const statement of statements) await db.execute(statement)
}

/**
 * payload.config.ts's onInit. Where push sets up the database (development, tests), this creates
 * the index beside it and rebuilds it from the record: a developer's database may predate the
 * index, or have been indexed by older code while what is indexed was being changed. A start-up
 * costs a second or so for a few hundred documents. Elsewhere the migration creates and fills
 * the index, and hooks keep it current.
 */
export async function setUpSearchIndex(payload: Payload): Promise<void> {
  if (!schemaIsPushed(payload)) return
  await ensureSearchSchema(await dbFor(payload))
  const report = await rebuildSearchIndex(payload)
  const total = Object.values(report).reduce((sum, count) => sum + count, 0)
  if (total > 0) payload.logger.info(`Search index rebuilt: ${total} documents.`)
}

/**
 * Whether this Payload instance pushed its schema at start-up, by the adapter's own rule
 * (@payloadcms/db-postgres connect): then nothing else creates the index. Under migrations
 * (production, `npm run migrate`, PAYLOAD_MIGRATING) the migration owns it.
 */
export const schemaIsPushed = (payload: Payload): boolean =>
  process.env.NODE_ENV !== 'production' &&
  process.env.PAYLOAD_MIGRATING !== 'true' &&
  (payload.db as { push?: boolean }).push !== false
