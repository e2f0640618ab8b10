import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The site search index (lib/search/schema.ts): written by hand, because Payload's schema does not
 * describe it and `migrate:create` cannot generate it. Development databases get the same objects
 * from payload.config.ts's onInit; tests/int/search/searchIndex.test.ts checks that both agree.
 *
 * `unaccent` is a trusted extension: the database owner may create it without being a superuser.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION picum_search (COPY = pg_catalog.english);
  ALTER TEXT SEARCH CONFIGURATION picum_search
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
  CREATE TABLE search_documents (
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
  );
  CREATE INDEX search_documents_vector_idx ON search_documents USING gin (vector);
  CREATE INDEX search_documents_refs_idx ON search_documents USING gin (refs);`)

  // The index of a database that already holds the record is built by the latest migration that
  // changes search_documents (now 20261129_120000_record_fidelity): today's indexer writes every
  // column of today's table, which does not exist yet at this point of an older database.
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The extension stays: other objects may have come to use it.
  await db.execute(sql`
  DROP TABLE search_documents;
  DROP TEXT SEARCH CONFIGURATION picum_search;`)
}
