/**
 * The migration of issue 14 on a database the previous version migrated and seeded
 * (tests/fixtures/seeded-20261128.sql, see its header): once as that version left it, once with
 * a record an editor changed. It must correct the seeded record where it is untouched (the three
 * records the report never calls wins removed, presenters and sources recorded, membership
 * unknown), keep and log whatever an editor changed, and leave the schema the collections
 * describe.
 */
import { readFileSync } from 'node:fs'

import { jest } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'

import { migrations } from '@/migrations'
import type { Session, Win } from '@/payload-types'
import { closeTestPayload, getPayloadOn, getTestPayload } from '@/tests/helpers/payload'
import { createTestDatabase, withClient } from '@/tests/helpers/testDatabase'

const fixture = readFileSync('tests/fixtures/seeded-20261128.sql', 'utf8')

const FIVE_WINS = [
  'belgium-sex-workers-labour-law',
  'netherlands-surinamese-regularisation',
  'spain-arraigo-reform',
  'switzerland-dependent-partners-residence',
  'valencia-floods-regularisation',
]
const NOT_WINS = [
  'ecthr-greece-pushbacks-judgment',
  'netherlands-public-interest-litigation',
  'norway-municipal-health-care',
]

/** A new database holding the fixture, then the given SQL (an editor's change) run on it. */
async function restoreFixture(edit?: string): Promise<string> {
  const url = await createTestDatabase()
  await withClient(url, (client) => client.query(fixture))
  if (edit) await withClient(url, (client) => client.query(edit))
  return url
}

/** The app on that database, migrated as production migrates it, with the warnings it logged. */
async function migrateFixture(key: string, edit?: string) {
  const url = await restoreFixture(edit)
  const payload = await getPayloadOn(url, key)
  const warnings: string[] = []
  jest.spyOn(payload.logger, 'warn').mockImplementation(((message: unknown) => {
    warnings.push(String(message))
  }) as never)
  await payload.db.migrate({ migrations: migrations as never })
  return { payload, url, warnings }
}

const read = async <T>(payload: Payload, collection: CollectionSlug, depth = 1): Promise<T[]> =>
  (
    await payload.find({
      collection,
      draft: false,
      depth,
      limit: 0,
      pagination: false,
      sort: 'id',
    })
  ).docs as T[]

type Cited = { citations?: Array<{ source: unknown; locator?: string | null }> | null }
const citedTitles = (doc: Cited) =>
  (doc.citations ?? []).map((citation) => (citation.source as { title?: string } | null)?.title)
const REPORT = 'Resisting an increasingly hostile environment: PICUM General Assembly 2025'
const slugOf = (value: unknown) => (value as { slug?: string } | null)?.slug ?? null
const plain = (value: unknown): string[] =>
  (
    ((value as { root?: { children?: Array<{ children?: Array<{ text?: string }> }> } })?.root
      ?.children ?? []) as Array<{ children?: Array<{ text?: string }> }>
  ).map((paragraph) => (paragraph.children ?? []).map((child) => child.text ?? '').join(''))

/** Every table's columns, every index, constraint and enum: what the schema is. */
async function describeSchema(url: string) {
  return withClient(url, async (client) => {
    const q = async (text: string) => (await client.query(text)).rows
    return {
      columns: await q(`
        SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public'
        ORDER BY table_name, column_name`),
      indexes: await q(`
        SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
        ORDER BY tablename, indexname`),
      constraints: await q(`
        SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace
        ORDER BY 1, conname`),
      enums: await q(`
        SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        GROUP BY t.typname ORDER BY t.typname`),
    }
  })
}

describe('on the database the previous version seeded, as it left it', () => {
  let migrated: Payload
  let url: string
  let warnings: string[]

  beforeAll(async () => {
    ;({ payload: migrated, url, warnings } = await migrateFixture('fixture-untouched'))
  }, 180_000)

  afterAll(async () => {
    await closeTestPayload(migrated)
  })

  it('applied only the new migration, and kept nobody’s record', async () => {
    const { docs } = await migrated.find({ collection: 'payload-migrations', limit: 0, sort: 'id' })
    expect(docs.map((doc) => doc.name)).toEqual(migrations.map((migration) => migration.name))
    expect(warnings).toEqual([])
  })

  it('keeps the five wins the report presents, with their presenters and no credit it does not give', async () => {
    const wins = await read<Win>(migrated, 'wins')
    expect(wins.map((win) => win.slug).sort()).toEqual(FIVE_WINS)
    const presented = Object.fromEntries(
      wins.map((win) => [win.slug, [slugOf(win.presenter), slugOf(win.presenterOrganisation)]]),
    )
    expect(presented).toEqual({
      'spain-arraigo-reform': ['lucia-maquieira', 'red-acoge'],
      'valencia-floods-regularisation': ['lucia-maquieira', 'red-acoge'],
      'belgium-sex-workers-labour-law': ['daan-bauwens', 'utsopi'],
      'switzerland-dependent-partners-residence': ['alicia-adams', 'fiz'],
      'netherlands-surinamese-regularisation': ['janneke-wijman', 'askv'],
    })
    expect(wins.flatMap((win) => win.creditedOrganisations ?? [])).toEqual([])
    // Their history: the seeded version, then the correction.
    const history = await migrated.findVersions({
      collection: 'wins',
      where: { parent: { equals: wins[0]!.id } },
    })
    expect(history.totalDocs).toBe(2)
  })

  it('keeps what speakers mentioned where the report puts it: the judgment a resource of its session', async () => {
    const sessions = await read<Session>(migrated, 'sessions')
    const strategies = sessions.find((session) => session.slug === 'countering-hostile-narratives')!
    expect(strategies.resources).toContainEqual(
      expect.objectContaining({
        kind: 'judgment',
        title: 'European Court of Human Rights judgment condemning Greece for systematic pushbacks',
      }),
    )
    const said = (slug: string) =>
      sessions
        .flatMap((session) => session.contributions ?? [])
        .filter((contribution) => slugOf(contribution.speaker) === slug)
        .flatMap((contribution) => plain(contribution.contribution))
        .join(' ')
    expect(said('fezile-osum')).toContain('condemning Greece for systematic pushbacks')
    expect(said('linnea-nasholm')).toContain('Bergen, Kristiansand, Oslo and Trondheim')
    expect(said('aarti-narsee')).toContain('public interest litigation')
  })

  it('moves what the report says in its own voice into the session summary', async () => {
    const sessions = await read<Session>(migrated, 'sessions')
    const first = sessions.find((session) => session.slug === 'opportunities-in-hostile-times')!
    const summary = plain(first.summary).join(' ')
    expect(summary).toContain('Researchers can themselves bring about change')
    expect(summary).toContain('Attacks on civil society are on the rise')
    expect(summary).toMatch(/^The first plenary session/)
    const byKraler = first.contributions!.find((c) => slugOf(c.speaker) === 'albert-kraler')!
    expect(plain(byKraler.contribution).join(' ')).not.toContain('research consortia')
    const byStrik = first.contributions!.find((c) => slugOf(c.speaker) === 'tineke-strik')!
    expect(plain(byStrik.contribution).join(' ')).not.toMatch(/attacks on civil society/i)
  })

  it('cites the report, published once, on every record it seeded and every contribution', async () => {
    const sources = await read<{ title: string; _status: string }>(migrated, 'sources', 0)
    expect(sources.map((source) => [source.title, source._status])).toEqual([[REPORT, 'published']])
    for (const collection of [
      'assemblies',
      'sessions',
      'wins',
      'organisations',
      'speakers',
    ] as const) {
      const docs = await read<Cited & { hasSource?: boolean }>(migrated, collection)
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) {
        expect([collection, citedTitles(doc)]).toEqual([collection, [REPORT]])
        expect(doc.hasSource).toBe(true)
      }
    }
    for (const session of await read<Session>(migrated, 'sessions')) {
      for (const contribution of session.contributions ?? []) {
        expect(citedTitles(contribution)).toEqual([REPORT])
      }
    }
  })

  it('leaves PICUM membership unknown, gives kinds back, and dates every role 2025', async () => {
    const organisations = await read<{ slug: string; kind: string; picumMembership: string }>(
      migrated,
      'organisations',
      0,
    )
    expect(new Set(organisations.map((organisation) => organisation.picumMembership))).toEqual(
      new Set(['unknown']),
    )
    const kind = Object.fromEntries(organisations.map((o) => [o.slug, o.kind]))
    expect(kind).toMatchObject({
      'red-acoge': 'ngo',
      utsopi: 'ngo',
      fiz: 'ngo',
      askv: 'ngo',
      'intergroup-on-childrens-rights': 'parliamentary-group',
      'european-parliament': 'eu-institution',
    })
    const speakers = await read<{ slug: string; role?: string; roleRecordedIn?: number }>(
      migrated,
      'speakers',
      0,
    )
    expect(speakers).toHaveLength(13)
    expect(speakers.every((speaker) => speaker.roleRecordedIn === 2025)).toBe(true)
    expect(speakers.find((speaker) => speaker.slug === 'lucia-maquieira')?.role).toBe('Director')
  })

  it('rebuilds the search index with each record’s source line, and without the removed wins', async () => {
    const rows = await withClient(
      url,
      async (client) =>
        (await client.query(`SELECT collection, path, source FROM search_documents`)).rows,
    )
    const wins = rows.filter((row) => row.collection === 'wins')
    expect(wins.map((row) => row.path).sort()).toEqual(FIVE_WINS.map((slug) => `/wins/${slug}`))
    expect(wins.every((row) => row.source.startsWith(`Source: ${REPORT}, PICUM`))).toBe(true)
    expect(rows.find((row) => row.path === '/assemblies/2025')?.source).toBe(
      `Source: ${REPORT}, PICUM — Opening paragraphs`,
    )
  })

  it('leaves exactly the schema the collections describe, as a fresh database gets it', async () => {
    const pushed = await getTestPayload()
    try {
      const schema = await describeSchema(url)
      expect(schema.columns.length).toBeGreaterThan(300)
      expect(schema.enums).toContainEqual({
        typname: 'enum_organisations_kind',
        labels: expect.not.arrayContaining(['picum-member']),
      })
      expect(schema).toEqual(await describeSchema(process.env.DATABASE_URI!))
    } finally {
      await closeTestPayload(pushed)
    }
  })
})

describe('on the same database with a record an editor changed', () => {
  let migrated: Payload
  let warnings: string[]
  const EDITED = 'Greece condemned for systematic pushbacks (edited by staff)'

  beforeAll(async () => {
    // As an edit in the admin would leave it: a new title, saved later than the seed.
    ;({ payload: migrated, warnings } = await migrateFixture(
      'fixture-edited',
      `
      UPDATE public.wins SET title = '${EDITED}', updated_at = now()
      WHERE slug = 'ecthr-greece-pushbacks-judgment';
      UPDATE public._wins_v SET version_title = '${EDITED}', version_updated_at = now()
      WHERE parent_id = (SELECT id FROM public.wins WHERE slug = 'ecthr-greece-pushbacks-judgment')`,
    ))
  }, 180_000)

  afterAll(async () => {
    await closeTestPayload(migrated)
  })

  it('keeps the edited record exactly as the editor left it, and says so in the log', async () => {
    const wins = await read<Win & Cited>(migrated, 'wins')
    const edited = wins.find((win) => win.slug === 'ecthr-greece-pushbacks-judgment')!
    expect(edited.title).toBe(EDITED)
    expect(edited.citations ?? []).toEqual([])
    expect(edited.hasSource).toBe(false)
    // What the previous model called its organisations is now what it credits: for staff to review.
    expect(edited.creditedOrganisations?.map(slugOf)).toEqual(['bvmn'])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(
      `kept wins “European Court of Human Rights condemns Greece for systematic pushbacks” (id ${edited.id})`,
    )
  })

  it('corrects everything else', async () => {
    const wins = await read<Win>(migrated, 'wins')
    expect(wins.map((win) => win.slug).sort()).toEqual(
      [...FIVE_WINS, 'ecthr-greece-pushbacks-judgment'].sort(),
    )
    expect(wins.map((win) => win.slug)).not.toContain(NOT_WINS[1])
    expect(wins.map((win) => win.slug)).not.toContain(NOT_WINS[2])
    const valencia = wins.find((win) => win.slug === 'valencia-floods-regularisation')!
    expect(slugOf(valencia.presenterOrganisation)).toBe('red-acoge')
    expect(valencia.hasSource).toBe(true)
  })
})
