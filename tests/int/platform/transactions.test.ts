import { createLocalReq } from 'payload'
import type pg from 'pg'

import { startNextAssembly } from '@/lib/assemblies/startNextAssembly'
import { isDatabaseUnavailable } from '@/lib/db/unavailable'
import { SEARCH_TABLE } from '@/lib/search/schema'
import type { Assembly } from '@/payload-types'
import { make, uniqueYear } from '@/tests/helpers/factories'
import { setupRecord } from '@/tests/helpers/setup'
import { withClient } from '@/tests/helpers/testDatabase'

/**
 * A multi-document operation either happens whole or not at all. Starting the next assembly writes
 * an assembly, a session per copied session, a version of each and their search entries; these
 * tests make the database fail on the third copied session, as a constraint or an outage would,
 * and check that nothing of the half-made year is left.
 */
const app = setupRecord({ staff: ['editor'] })
const databaseUrl = process.env.DATABASE_URI!
const POISON = 'This session cannot be copied'

const sql = (text: string): Promise<pg.QueryResult> =>
  withClient(databaseUrl, (client) => client.query(text))

/** Makes PostgreSQL run `action` when a session titled POISON is inserted, for one test. */
async function failOnPoisonedSession(action: string): Promise<void> {
  await sql(`
    CREATE OR REPLACE FUNCTION picum_test_fault() RETURNS trigger AS $$
    BEGIN
      IF NEW.title = '${POISON}' THEN ${action}; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql;
    DROP TRIGGER IF EXISTS picum_test_fault ON sessions;
    CREATE TRIGGER picum_test_fault BEFORE INSERT ON sessions
      FOR EACH ROW EXECUTE FUNCTION picum_test_fault();
  `)
}

const removeFault = () => sql('DROP TRIGGER IF EXISTS picum_test_fault ON sessions')

/** Row counts of every table the operation writes to. */
async function footprint(): Promise<Record<string, number>> {
  const tables = ['assemblies', '_assemblies_v', 'sessions', '_sessions_v', SEARCH_TABLE]
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const { rows } = await sql(`SELECT count(*)::int AS n FROM ${table}`)
    counts[table] = (rows[0] as { n: number }).n
  }
  return counts
}

/** A published assembly with four published sessions, the third of which will fail to copy. */
async function assemblyWithPoisonedProgramme(): Promise<Assembly> {
  const year = uniqueYear()
  uniqueYear() // keeps year + 1 free for the assembly the test tries to start
  const assembly = await make.assembly(app.payload, 'published', { year })
  for (const [position, title] of ['Opening', 'Wins panel', POISON, 'Closing'].entries()) {
    await make.session(app.payload, 'published', {
      assembly: assembly.id,
      title,
      position: position + 1,
    })
  }
  return assembly
}

afterEach(removeFault)
describe('starting the next assembly runs in one transaction', () => {
  it('leaves no assembly, session, version or search entry when the database refuses a write midway', async () => {
    const from = await assemblyWithPoisonedProgramme()
    await failOnPoisonedSession(`RAISE EXCEPTION 'injected fault'`)
    const before = await footprint()

    await expect(
      startNextAssembly(await createLocalReq({ user: app.editor }, app.payload), from.id, {
        copySessions: true,
      }),
    ).rejects.toThrow()

    expect(await footprint()).toEqual(before)
    const started = await app.payload.count({
      collection: 'assemblies',
      where: { year: { equals: from.year + 1 } },
    })
    expect(started.totalDocs).toBe(0)
  })

  it('leaves nothing half-written when the connection is cut midway, and works once it is back', async () => {
    const from = await assemblyWithPoisonedProgramme()
    // The session's own backend is terminated, as when PostgreSQL stops under a request.
    await failOnPoisonedSession('PERFORM pg_terminate_backend(pg_backend_pid())')
    const before = await footprint()

    const outcome = await startNextAssembly(
      await createLocalReq({ user: app.editor }, app.payload),
      from.id,
      { copySessions: true },
    ).then(
      () => 'completed',
      (error: unknown) => error,
    )
    expect(isDatabaseUnavailable(outcome)).toBe(true)
    expect(await footprint()).toEqual(before)

    // Once the fault is gone the same request succeeds whole, through the same Payload instance.
    await removeFault()
    const { sessions } = await startNextAssembly(
      await createLocalReq({ user: app.editor }, app.payload),
      from.id,
      { copySessions: true },
    )
    expect(sessions).toBe(4)
    const after = await footprint()
    expect(after.assemblies).toBe(before.assemblies! + 1)
    expect(after.sessions).toBe(before.sessions! + 4)
  })
})
