import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { rebuildSearchIndex } from '@/lib/search/indexer'

// Its own table, not a collection: Payload cannot describe a generated tsvector, and push would
// drop it (hence tablesFilter). migrations/20261128_223600_search_index.ts must build the same
// (tests/int/search/searchIndex.test.ts compares them).
export const SEARCH_TABLE = 'search_documents'

// Accents folded first: `Lucía` and `Lucia` both index as `lucia`.
export const SEARCH_CONFIG = 'picum_search'

export const searchTablesFilter = [`!${SEARCH_TABLE}`]

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
  // Appended, as migrations/20261129_120000_record_fidelity.ts does: same column order.
  sql`ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS source text NOT NULL DEFAULT ''`,
]

export async function ensureSearchSchema(db: SqlExecutor): Promise<void> {
  for (const statement of statements) await db.execute(statement)
}

// Rebuilt where push sets up the database: a developer's index may predate what is indexed now.
export async function setUpSearchIndex(payload: Payload): Promise<void> {
  if (!schemaIsPushed(payload)) return
  await ensureSearchSchema(await dbFor(payload))
  const report = await rebuildSearchIndex(payload)
  const total = Object.values(report).reduce((sum, count) => sum + count, 0)
  if (total > 0) payload.logger.info(`Search index rebuilt: ${total} documents.`)
}

// @payloadcms/db-postgres connect's rule; under migrations the migration owns the index.
export const schemaIsPushed = (payload: Payload): boolean =>
  process.env.NODE_ENV !== 'production' &&
  process.env.PAYLOAD_MIGRATING !== 'true' &&
  (payload.db as { push?: boolean }).push !== false
