/**
 * Production builds the search index with a hand-written migration; development and tests build
 * it in onInit, because Payload's schema push does not know it. Both must build the same thing,
 * and the migration must index a record that already exists.
 */
import { sql } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import pg from 'pg'

import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { ensureSearchSchema, SEARCH_CONFIG, SEARCH_TABLE } from '@/lib/search/schema'
import { migrations } from '@/migrations'
import { seed } from '@/seed'
import { setupRecord } from '@/tests/helpers/setup'
import { createTestDatabase } from '@/tests/helpers/testDatabase'

// As in production: no schema push, so no onInit index either; the migrations build everything.
const app = setupRecord({ push: false })
let migrated: SqlExecutor
let pushedPool: pg.Pool
let pushed: SqlExecutor

beforeAll(async () => {
  migrated = await dbFor(app.payload)

  // A second database, set up the way onInit sets up a pushed one.
  pushedPool = new pg.Pool({ connectionString: await createTestDatabase() })
  pushed = drizzle({ client: pushedPool }) as unknown as SqlExecutor
  await ensureSearchSchema(pushed)
  // Twice: it runs on every start.
  await ensureSearchSchema(pushed)
})

afterAll(async () => {
  await pushedPool.end()
})

/** Everything that defines the index: columns, constraints, indexes and the text configuration. */
async function describeIndex(db: SqlExecutor) {
  const columns = await db.execute(sql`
    SELECT column_name, data_type, udt_name, is_nullable, column_default, is_generated,
      generation_expression
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${SEARCH_TABLE}
    ORDER BY ordinal_position`)
  const constraints = await db.execute(sql`
    SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE conrelid = ${SEARCH_TABLE}::regclass ORDER BY conname`)
  const indexes = await db.execute(sql`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = ${SEARCH_TABLE} ORDER BY indexname`)
  const mapping = await db.execute(sql`
    SELECT token.alias, string_agg(dictionary.dictname, ',' ORDER BY map.mapseqno) AS dictionaries
    FROM pg_ts_config_map map
    JOIN pg_ts_config config ON config.oid = map.mapcfg
    JOIN pg_ts_dict dictionary ON dictionary.oid = map.mapdict
    JOIN ts_token_type('default') token ON token.tokid = map.maptokentype
    WHERE config.cfgname = ${SEARCH_CONFIG}
    GROUP BY token.alias ORDER BY token.alias`)
  return {
    columns: columns.rows,
    constraints: constraints.rows,
    indexes: indexes.rows,
    mapping: mapping.rows,
  }
}

it('builds the same index as onInit does for pushed databases', async () => {
  const { rows } = await migrated.execute(sql`SELECT to_regclass(${SEARCH_TABLE}) AS found`)
  expect(rows[0]!.found).toBeNull()

  await app.payload.db.migrate({ migrations: migrations as never })

  const fromMigration = await describeIndex(migrated)
  expect(fromMigration.columns.map((column) => column.column_name)).toContain('vector')
  expect(fromMigration.indexes.map((index) => index.indexname)).toEqual([
    'search_documents_pkey',
    'search_documents_refs_idx',
    'search_documents_vector_idx',
  ])
  expect(fromMigration.mapping).toContainEqual({
    alias: 'word',
    dictionaries: 'unaccent,english_stem',
  })
  expect(await describeIndex(pushed)).toEqual(fromMigration)
})

it('indexes the record that is already there when the migrations run', async () => {
  await seed(app.payload)
  const count = async () =>
    Number(
      (await migrated.execute(sql`SELECT count(*)::int AS n FROM search_documents`)).rows[0]!.n,
    )
  const indexed = await count()
  expect(indexed).toBeGreaterThan(30)

  // Back to before the index, then forward again: the index comes back empty, and the migration
  // that rebuilds derived data after every schema change fills it from the record.
  const named = (suffix: string) => migrations.findLast((entry) => entry.name.endsWith(suffix))!
  const searchIndex = named('_search_index')
  const recordFidelity = named('_record_fidelity')
  const rebuildDerived = named('_rebuild_derived')
  const req = await createLocalReq({}, app.payload)
  await initTransaction(req)
  const db = (await dbFor(app.payload, req)) as never
  const args = { db, payload: app.payload, req } as never
  await recordFidelity.down(args)
  await searchIndex.down(args)
  await searchIndex.up(args)
  expect(
    Number(
      (await (db as SqlExecutor).execute(sql`SELECT count(*)::int AS n FROM search_documents`))
        .rows[0]!.n,
    ),
  ).toBe(0)
  await recordFidelity.up(args)
  await rebuildDerived.up(args)
  await commitTransaction(req)
  expect(await count()).toBe(indexed)
})
