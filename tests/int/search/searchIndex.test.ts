/**
 * The search index follows the record: every way a document becomes public, changes or stops
 * being public shows in search at once, including in the rows of other documents that quote it,
 * and drafts never do. The index can be rebuilt, and the development schema push leaves it alone.
 */
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { dbFor, type SqlExecutor } from '@/lib/compat/payload'
import { richTextFromParagraphs } from '@/lib/richText'
import { rebuildSearchIndex } from '@/lib/search/indexer'
import { parseSearchParams } from '@/lib/search/params'
import { runSearch } from '@/lib/search/query'
import { searchTablesFilter, setUpSearchIndex } from '@/lib/search/schema'
import type { Assembly, Speaker } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { createUser } from '@/tests/helpers/payload'
import { rest, tokenFor } from '@/tests/helpers/rest'
import { seededAssembly } from '@/tests/helpers/seededRecord'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })
let db: SqlExecutor
let assembly2025: Assembly

beforeAll(async () => {
  db = await dbFor(app.payload)
  assembly2025 = await seededAssembly(app.payload)
})

/** The addresses a search finds, in order. */
async function found(q: string, filters: Record<string, string> = {}): Promise<string[]> {
  const results = await runSearch(db, parseSearchParams({ q, ...filters }))
  return results.status === 'done' ? results.hits.map((hit) => hit.path) : []
}

async function indexRows(): Promise<Record<string, unknown>[]> {
  const { rows } = await db.execute(sql`
    SELECT collection, doc_id, path, title, meta, keywords, body, years, country, refs, vector::text
    FROM search_documents ORDER BY collection, doc_id`)
  return rows
}

describe('a win through its life', () => {
  it('is found only while published, from its first publish to its deletion', async () => {
    const draft = await make.win(app.payload, 'draft', {
      title: 'Quokkaville regularisation',
      summary: richTextFromParagraphs(['A draft about a regional scheme.']),
    })
    expect(await found('quokkaville')).toEqual([])

    // Autosaves of a document never published stay out too.
    await app.payload.update({
      collection: 'wins',
      id: draft.id,
      data: { title: 'Quokkaville regularisation, revised' },
      draft: true,
      autosave: true,
    })
    expect(await found('quokkaville')).toEqual([])

    const published = await app.payload.update({
      collection: 'wins',
      id: draft.id,
      data: { _status: 'published' },
    })
    const path = `/wins/${published.slug}`
    expect(await found('quokkaville')).toEqual([path])

    // A draft over the published version, with a new word: the public still sees the old one.
    await app.payload.update({
      collection: 'wins',
      id: draft.id,
      data: { title: 'Wallabytown regularisation' },
      draft: true,
    })
    expect(await found('wallabytown')).toEqual([])
    expect(await found('quokkaville')).toEqual([path])

    // Published, the new words replace the old ones.
    await app.payload.update({ collection: 'wins', id: draft.id, data: { _status: 'published' } })
    expect(await found('wallabytown')).toEqual([path])
    expect(await found('quokkaville')).toEqual([])

    // Unpublished: gone, and back when published again.
    await app.payload.update({ collection: 'wins', id: draft.id, data: { _status: 'draft' } })
    expect(await found('wallabytown')).toEqual([])
    await app.payload.update({ collection: 'wins', id: draft.id, data: { _status: 'published' } })
    expect(await found('wallabytown')).toEqual([path])

    await app.payload.delete({ collection: 'wins', id: draft.id })
    expect(await found('wallabytown')).toEqual([])
    const { rows } = await db.execute(
      sql`SELECT 1 FROM search_documents WHERE collection = 'wins' AND doc_id = ${draft.id}`,
    )
    expect(rows).toHaveLength(0)
  })

  it('follows staff working through the REST API, as the admin does', async () => {
    const editor = await createUser(app.payload, 'editor')
    const token = await tokenFor(app.payload, editor)
    const created = await rest('/wins?draft=true', {
      method: 'POST',
      token,
      body: JSON.stringify({
        title: 'Numbatland labour rights',
        country: 'AU',
        level: 'national',
        kind: 'policy',
      }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    expect(await found('numbatland')).toEqual([])

    const publish = await rest(`/wins/${doc.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(publish.status).toBe(200)
    expect(await found('numbatland')).toEqual([`/wins/${doc.slug}`])

    const unpublish = await rest(`/wins/${doc.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(unpublish.status).toBe(200)
    expect(await found('numbatland')).toEqual([])
  })

  it('is written in the same transaction as the document', async () => {
    const req = await createLocalReq({}, app.payload)
    await initTransaction(req)
    await app.payload.create({
      collection: 'wins',
      data: {
        title: 'Bilbyshire win',
        country: 'AU',
        level: 'local',
        kind: 'policy',
        _status: 'published',
      },
      req,
    })
    const inside = await (
      await dbFor(app.payload, req)
    ).execute(sql`SELECT 1 FROM search_documents WHERE title = 'Bilbyshire win'`)
    expect(inside.rows).toHaveLength(1)
    // Not visible outside before the commit; gone with the rollback.
    expect(await found('bilbyshire')).toEqual([])
    await killTransaction(req)
    expect(await found('bilbyshire')).toEqual([])
  })
})

describe('rows that quote other documents', () => {
  let speaker: Speaker

  beforeAll(async () => {
    speaker = await make.speaker(app.payload, 'published', { name: 'Ottoline Quartermaine' })
  })

  it('finds a session by its speakers, and follows a rename', async () => {
    const session = await make.session(app.payload, 'published', {
      assembly: assembly2025.id,
      title: 'A panel on quiet victories',
      position: 20,
      contributions: [{ speaker: speaker.id, roleAtTheTime: 'Chair' }],
    })
    const sessionPath = `/assemblies/2025/${session.slug}`
    expect(await found('Quartermaine', { type: 'sessions' })).toEqual([sessionPath])

    await app.payload.update({
      collection: 'speakers',
      id: speaker.id,
      data: { name: 'Ottoline Brightwater' },
    })
    expect(await found('Brightwater', { type: 'sessions' })).toEqual([sessionPath])
    expect(await found('Quartermaine')).toEqual([])

    // The speaker counts under 2025 from now on, and no longer once the session is withdrawn.
    expect(await found('Brightwater', { type: 'speakers', year: '2025' })).toEqual([
      `/speakers/${speaker.slug}`,
    ])
    await app.payload.update({ collection: 'sessions', id: session.id, data: { _status: 'draft' } })
    expect(await found('Brightwater', { type: 'speakers', year: '2025' })).toEqual([])
    expect(await found('Brightwater', { type: 'speakers' })).toEqual([`/speakers/${speaker.slug}`])
  })

  it('leaves unpublished speakers and organisations out of the sessions that name them', async () => {
    const hidden = await make.speaker(app.payload, 'draft', { name: 'Peregrine Unannounced' })
    const session = await make.session(app.payload, 'published', {
      assembly: assembly2025.id,
      title: 'A session with a surprise guest',
      position: 21,
      contributions: [{ speaker: hidden.id }],
    })
    expect(await found('Unannounced')).toEqual([])
    await app.payload.update({
      collection: 'speakers',
      id: hidden.id,
      data: { _status: 'published' },
    })
    expect(await found('Unannounced', { type: 'sessions' })).toEqual([
      `/assemblies/2025/${session.slug}`,
    ])
  })

  it('hides the sessions of an unpublished assembly and shows them again', async () => {
    const assembly = await make.assembly(app.payload, 'published')
    const session = await make.session(app.payload, 'published', {
      assembly: assembly.id,
      title: 'Platypus policy workshop',
    })
    const sessionPath = `/assemblies/${assembly.year}/${session.slug}`
    expect(await found('platypus')).toEqual([sessionPath])

    await app.payload.update({
      collection: 'assemblies',
      id: assembly.id,
      data: { _status: 'draft' },
    })
    expect(await found('platypus')).toEqual([])
    await app.payload.update({
      collection: 'assemblies',
      id: assembly.id,
      data: { _status: 'published' },
    })
    expect(await found('platypus')).toEqual([sessionPath])
  })

  it('follows an organisation rename into the wins and people that name it', async () => {
    const organisation = await make.organisation(app.payload, 'published', {
      name: 'Kestrel Collective',
    })
    const person = await make.speaker(app.payload, 'published', {
      organisation: organisation.id,
      roleRecordedIn: 2025,
    })
    const win = await make.win(app.payload, 'published', {
      creditedOrganisations: [organisation.id],
    })
    expect((await found('Kestrel')).sort()).toEqual(
      [
        `/organisations/${organisation.slug}`,
        `/speakers/${person.slug}`,
        `/wins/${win.slug}`,
      ].sort(),
    )
    await app.payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { name: 'Merlin Collective' },
    })
    expect(await found('Kestrel')).toEqual([])
    expect((await found('Merlin')).length).toBe(3)
  })

  it('drops a deleted topic from what quotes it', async () => {
    const topic = await app.payload.create({
      collection: 'topics',
      data: { name: 'Axolotl rights' },
    })
    const win = await make.win(app.payload, 'published', { topics: [topic.id] })
    expect((await found('axolotl')).sort()).toEqual(
      [`/topics/${topic.slug}`, `/wins/${win.slug}`].sort(),
    )
    await app.payload.delete({ collection: 'topics', id: topic.id })
    expect(await found('axolotl')).toEqual([])
  })
})

describe('rebuilding', () => {
  it('rebuilds exactly the index that the hooks kept', async () => {
    const before = await indexRows()
    expect(before.length).toBeGreaterThan(30)
    await db.execute(sql`UPDATE search_documents SET title = 'stale', body = ''`)
    await db.execute(sql`DELETE FROM search_documents WHERE collection = 'wins'`)
    const req = await createLocalReq({}, app.payload)
    const report = await rebuildSearchIndex(app.payload, req)
    expect(report.wins).toBeGreaterThan(0)
    expect(await indexRows()).toEqual(before)
  })
})

describe('setting up a development database', () => {
  it('creates the index beside the pushed schema, and rebuilds it from the record', async () => {
    const before = await indexRows()
    await db.execute(sql`DROP TABLE search_documents`)
    await setUpSearchIndex(app.payload)
    expect(await indexRows()).toEqual(before)
    // An index left incomplete or stale (by older code, say) is made whole on the next start.
    await db.execute(sql`DELETE FROM search_documents WHERE collection <> 'speakers'`)
    await db.execute(sql`UPDATE search_documents SET meta = 'stale'`)
    await setUpSearchIndex(app.payload)
    expect(await indexRows()).toEqual(before)
  })
})

describe('the development schema push', () => {
  it('is told to leave the index alone, and does', async () => {
    expect(app.payload.db.tablesFilter).toEqual(searchTablesFilter)
    const adapter = app.payload.db as unknown as {
      requireDrizzleKit: () => {
        pushSchema: (
          schema: unknown,
          drizzle: unknown,
          schemas?: string[],
          tablesFilter?: string[],
        ) => Promise<{ hasDataLoss: boolean; statementsToExecute: string[] }>
      }
      schema: unknown
      drizzle: unknown
    }
    const { pushSchema } = adapter.requireDrizzleKit()
    const push = await pushSchema(
      adapter.schema,
      adapter.drizzle,
      undefined,
      app.payload.db.tablesFilter,
    )
    expect(push.hasDataLoss).toBe(false)
    expect(push.statementsToExecute.join('\n')).not.toMatch(/search_documents/)
  })
})
