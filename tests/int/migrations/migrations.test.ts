/**
 * Production applies the committed migrations instead of pushing the schema. These tests prove
 * that the migrations describe exactly the collections (change a collection without running
 * `npm run migrate:create` and the first test fails, listing the SQL still missing) and that they
 * build a working database from nothing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { migrations } from '@/migrations'
import { setupRecord } from '@/tests/helpers/setup'

const dir = path.resolve('migrations')
// Connect without the development schema push: the database stays empty until migrated.
const app = setupRecord({ push: false })

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown> | unknown
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

it('has a migration for every change to the collections', async () => {
  const db = app.payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const latest = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().at(-1)
  expect(latest).toBeDefined()
  const snapshot = JSON.parse(readFileSync(path.join(dir, latest!), 'utf8'))
  const missing = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
  expect(missing).toEqual([])
})

it('lists every migration file in migrations/index.ts', () => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
  expect(migrations.map((m) => m.name).sort()).toEqual(files)
})

it('migrates an empty database into a working one', async () => {
  await app.payload.db.migrate({ migrations: migrations as never })
  const topic = await app.payload.create({ collection: 'topics', data: { name: 'Migrated topic' } })
  expect(topic.slug).toBe('migrated-topic')
  const assembly = await app.payload.create({
    collection: 'assemblies',
    data: { title: 'Migrated', year: 2099, _status: 'published' },
  })
  expect(assembly.slug).toBe('2099')
})
