/**
 * A person leaves the public record at their request (lib/consent/withdrawal.ts). Two speakers
 * with distinctive names, bios, roles, links and photos contribute to sessions at two assemblies,
 * across several stored versions, and a session summary names them. One is anonymised by an
 * editor, the other erased by an admin. Neither then reaches the public anywhere; the erased one
 * is gone from every table of the database, every version and the upload folder, and both keep
 * their contributions in programme order as "A speaker from" their organisation.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'

import SessionPage from '@/app/(frontend)/assemblies/[year]/[session]/page'
import AssemblyPage from '@/app/(frontend)/assemblies/[year]/page'
import sitemap from '@/app/(frontend)/sitemap'
import SpeakerPage from '@/app/(frontend)/speakers/[slug]/page'
import WinPage from '@/app/(frontend)/wins/[slug]/page'
import { dbFor } from '@/lib/compat/payload'
import { NOTHING_SHOWN } from '@/lib/consent'
import { NAME_WITHHELD } from '@/lib/consent/mentions'
import { ERASED_NAME, NAME_ERASED } from '@/lib/consent/withdrawal'
import { populated } from '@/lib/populated'
import { searchRecord } from '@/lib/queries/search'
import { richTextFromParagraphs } from '@/lib/richText'
import { parseSearchParams } from '@/lib/search/params'
import type { Media, Organisation, Session, Speaker, Win } from '@/payload-types'
import { backupDatabase, mediaArchiveFor } from '@/scripts/db/backups'
import { findPgTools } from '@/scripts/db/pgTools'
import { make, uniqueYear } from '@/tests/helpers/factories'
import { graphql } from '@/tests/helpers/graphql'
import { all, h1, text } from '@/tests/helpers/html'
import { render, withParams } from '@/tests/helpers/render'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['admin', 'editor'] })

type Planted = {
  name: string
  markers: string[]
  speaker: Speaker
  photo: Media
}

const richText = (words: string) => richTextFromParagraphs([words])

let organisation: Organisation
let colleague: Speaker
let anonymised: Planted
let erased: Planted
let win: Win
const sessions: Array<{ year: number; session: Session }> = []

const expectNone = (markers: string[], where: string, value: unknown) => {
  const body = typeof value === 'string' ? value : JSON.stringify(value)
  for (const marker of markers) {
    if (body.includes(marker)) throw new Error(`${where} shows "${marker}"`)
  }
}

async function plant(prefix: string, name: string): Promise<Planted> {
  const photo = await make.media(app.payload, { alt: `Portrait of ${name}` })
  const first = await make.speaker(app.payload, 'published', {
    name: `${name} Early`,
    bio: richText(`${prefix}bio works with people without papers`),
    role: `${prefix}role coordinator`,
    roleRecordedIn: 2024,
    organisation: organisation.id,
    photo: photo.id,
    links: [{ label: 'Site', url: `https://example.org/${prefix}link` }],
  })
  // A second stored version, under the name they use now.
  const speaker = await app.payload.update({
    collection: 'speakers',
    id: first.id,
    data: { name, role: `${prefix}role director`, roleRecordedIn: 2025 },
  })
  const surname = name.split(' ').at(-1)!
  return {
    name,
    speaker,
    photo,
    markers: [surname, `${prefix}bio`, `${prefix}role`, `${prefix}link`, photo.filename!],
  }
}

const visitorSees = async (markers: string[]) => {
  const answers: Array<[string, string]> = []
  for (const path of [
    `/speakers?depth=1&limit=100`,
    `/sessions?depth=2&limit=100`,
    `/wins?depth=1&limit=100`,
    `/organisations/${organisation.id}?depth=1`,
  ]) {
    const response = await rest(path)
    expect(response.status).toBe(200)
    answers.push([`REST ${path}`, await response.text()])
  }
  const gql = await graphql(`
    {
      Speakers(limit: 100) {
        docs {
          id
          name
          slug
          role
          bio
          links {
            url
          }
        }
      }
      Sessions(limit: 100) {
        docs {
          summary
          contributions {
            roleAtTheTime
            speaker {
              name
            }
          }
        }
      }
    }
  `)
  answers.push(['GraphQL', gql.text])
  const db = await dbFor(app.payload)
  const { rows } = await db.execute(sql`SELECT title, meta, keywords, body FROM search_documents`)
  answers.push(['the search index', JSON.stringify(rows)])
  answers.push(['the sitemap', JSON.stringify(await sitemap())])
  for (const { year, session } of sessions) {
    answers.push([
      `the page of ${session.slug}`,
      await render(SessionPage(withParams({ year: String(year), session: session.slug! }))),
    ])
    answers.push([
      `the ${year} programme`,
      await render(AssemblyPage(withParams({ year: String(year) }))),
    ])
  }
  answers.push(['the win page', await render(WinPage(withParams({ slug: win.slug! })))])
  for (const [where, body] of answers) expectNone(markers, where, body)
}

const contributorsOf = async ({ year, session }: (typeof sessions)[number]) =>
  all(
    await render(SessionPage(withParams({ year: String(year), session: session.slug! }))),
    '.contribution__name',
  ).map((element) => text(element).trim())

const post = (id: number, action: string, body: unknown, token?: string) =>
  rest(`/speakers/${id}/${action}`, {
    method: 'POST',
    token,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const confirmAs = (person: Planted, action: string, token: string) =>
  post(person.speaker.id, action, { confirm: person.name }, token)

beforeAll(async () => {
  organisation = await make.organisation(app.payload, 'published', {
    name: 'Withdrawal Test Network',
    country: 'IE',
  })
  colleague = await make.speaker(app.payload, 'published', { name: 'Named Colleague' })
  anonymised = await plant('xqanon', 'Ottoline Vardekraft')
  erased = await plant('xqerase', 'Zephyrine Quillfeather')
  for (const year of [uniqueYear(), uniqueYear()]) {
    const assembly = await make.assembly(app.payload, 'published', { year })
    const contributions = [
      { speaker: colleague.id, contribution: richText('First, the colleague spoke.') },
      ...[anonymised, erased].map(({ speaker, markers }) => ({
        speaker: speaker.id,
        roleAtTheTime: `${markers[2]} at the time`,
        organisationAtTheTime: organisation.id,
        contribution: richText('Then they spoke about defending activists.'),
      })),
    ]
    const session = await make.session(app.payload, 'published', {
      assembly: assembly.id,
      contributions,
      summary: richText(`Opened by ${erased.name} and ${anonymised.name}.`),
    })
    // A later version of the session, so the old one is history that mentions them too.
    await app.payload.update({
      collection: 'sessions',
      id: session.id,
      data: { title: `${session.title} (revised)` },
    })
    sessions.push({ year, session: { ...session, title: `${session.title} (revised)` } })
  }
  win = await make.win(app.payload, 'published', {
    assembly: sessions[0]!.session.assembly as never,
    session: sessions[0]!.session.id,
    presenter: erased.speaker.id,
    presenterOrganisation: organisation.id,
  })
}, 180_000)

describe('before anything is withdrawn', () => {
  it('shows both people to visitors', async () => {
    expect(await contributorsOf(sessions[0]!)).toEqual([
      'Named Colleague',
      anonymised.name,
      erased.name,
    ])
    expect((await rest(`/media/file/${erased.photo.filename}`)).status).toBe(200)
  })
})

describe('anonymising, by an editor', () => {
  it('says first what will change, and names whom', async () => {
    const response = await rest(`/speakers/${anonymised.speaker.id}/anonymise`, {
      token: app.editorToken,
    })
    expect(response.status).toBe(200)
    const preview = (await response.json()) as { confirmWith: string; changes: string[] }
    expect(preview.confirmWith).toBe(anonymised.name)
    expect(preview.changes.join(' ')).toMatch(/2 contributions stay in the programme/)
  })

  it.each<[string, unknown, string | undefined, number]>([
    ['a visitor', { confirm: 'Ottoline Vardekraft' }, undefined, 403],
    ['a wrong name', { confirm: 'Ottoline' }, 'editor', 400],
    ['no confirmation', {}, 'editor', 400],
    ['a body that is not JSON', 'confirm=yes', 'editor', 400],
  ])('refuses %s and changes nothing', async (_label, body, who, status) => {
    const response = await post(
      anonymised.speaker.id,
      'anonymise',
      body,
      who ? app.editorToken : undefined,
    )
    expect(response.status).toBe(status)
    expect(JSON.stringify(await response.json())).not.toMatch(/\bat\s.+\(/)
    const seen = await app.payload.findByID({
      collection: 'speakers',
      id: anonymised.speaker.id,
      overrideAccess: false,
      depth: 0,
    })
    expect(seen.name).toBe(anonymised.name)
  })

  it('tells a visitor nothing, and answers a malformed or unknown id with a 404', async () => {
    for (const action of ['anonymise', 'erase']) {
      const asked = await rest(`/speakers/${anonymised.speaker.id}/${action}`)
      expect(asked.status).toBe(403)
      expect(await asked.text()).not.toContain('Vardekraft')
      for (const id of ['x', '-1', '1.5', '999999']) {
        const answer = await rest(`/speakers/${id}/${action}`, { token: app.adminToken })
        expect(answer.status).toBe(404)
      }
    }
  })

  it('refuses an editor the erasure', async () => {
    expect(
      (await rest(`/speakers/${anonymised.speaker.id}/erase`, { token: app.editorToken })).status,
    ).toBe(403)
    const response = await confirmAs(anonymised, 'erase', app.editorToken)
    expect(response.status).toBe(403)
  })

  it('withholds everything about them from every public channel, once confirmed', async () => {
    const response = await confirmAs(anonymised, 'anonymise', app.editorToken)
    expect(response.status).toBe(200)
    await visitorSees(anonymised.markers.filter((marker) => marker !== anonymised.photo.filename))
    expect((await rest(`/media/file/${anonymised.photo.filename}`)).status).not.toBe(200)
    const page = await render(SpeakerPage(withParams({ slug: anonymised.speaker.slug! })))
    expect(h1(page)).toBe('Page not found')
  })

  it('rewrites what other records say of them for the public; staff keep the original in the history', async () => {
    const current = await rest(`/sessions/${sessions[0]!.session.id}?depth=0`)
    const summary = JSON.stringify(((await current.json()) as Session).summary)
    expect(summary).toContain(`and ${NAME_WITHHELD}.`)
    const { docs: history } = await app.payload.findVersions({
      collection: 'sessions',
      where: { parent: { equals: sessions[0]!.session.id } },
      overrideAccess: false,
      user: app.editor,
    })
    expect(
      history.some(({ version }) => JSON.stringify(version.summary).includes(anonymised.name)),
    ).toBe(true)
    expect(
      (await rest(`/sessions/versions?where[parent][equals]=${sessions[0]!.session.id}`)).status,
    ).toBe(403)
  })

  it('refuses to publish a text that names them, and keeps a draft that does', async () => {
    const story = richText(`${anonymised.name} won this.`)
    const published = await app.payload
      .update({
        collection: 'wins',
        id: win.id,
        data: { summary: story, _status: 'published' },
        overrideAccess: false,
        user: app.editor,
      })
      .catch((error: Error) => error)
    expect(published).toBeInstanceOf(Error)
    const refusal = published as unknown as { data?: { errors?: Array<{ message: string }> } }
    expect(refusal.data?.errors?.[0]?.message).toContain(`names ${anonymised.name}`)
    const draft = await app.payload.update({
      collection: 'wins',
      id: win.id,
      data: { summary: story },
      draft: true,
      overrideAccess: false,
      user: app.editor,
    })
    expect(draft._status).toBe('draft')
    const seen = await rest(`/wins/${win.id}?depth=0`)
    expectNone(anonymised.markers, 'the published win', await seen.text())
  })

  it('keeps their contributions in programme order, as a speaker from their organisation', async () => {
    for (const each of sessions) {
      expect(await contributorsOf(each)).toEqual([
        'Named Colleague',
        'A speaker from Withdrawal Test Network',
        erased.name,
      ])
    }
  })

  it('keeps their record for staff, and logs the action without their data', async () => {
    const staff = await app.payload.findByID({
      collection: 'speakers',
      id: anonymised.speaker.id,
      overrideAccess: false,
      user: app.editor,
    })
    expect(staff).toMatchObject({ name: anonymised.name, consent: { basis: 'anonymised' } })
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: anonymised.speaker.id } },
      overrideAccess: false,
      user: app.admin,
    })
    expect(docs.map((entry) => entry.action)).toEqual(['anonymise'])
    expect(docs[0]!.summary).toContain('name: shown → withheld')
    expectNone(anonymised.markers, 'the audit log', docs)
  })

  it('logs the anonymising of someone never published too', async () => {
    const unpublished = await make.speaker(app.payload, 'draft', { name: 'Never Published Person' })
    const response = await post(
      unpublished.id,
      'anonymise',
      { confirm: 'Never Published Person' },
      app.editorToken,
    )
    expect(response.status).toBe(200)
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: unpublished.id } },
      overrideAccess: false,
      user: app.admin,
    })
    expect(docs.map(({ action }) => action)).toEqual(['anonymise'])
  })

  it('stays anonymised until the person consents again', async () => {
    const reshow = await app.payload
      .update({
        collection: 'speakers',
        id: anonymised.speaker.id,
        data: { consent: { showName: true } },
        overrideAccess: false,
        user: app.editor,
      })
      .catch((error: Error) => error)
    expect(reshow).toBeInstanceOf(Error)
    expect(String(reshow)).toMatch(/consent|basis/i)
    const chosen = await app.payload
      .update({
        collection: 'speakers',
        id: colleague.id,
        data: { consent: { basis: 'anonymised' } },
        overrideAccess: false,
        user: app.editor,
      })
      .catch((error: Error) => error)
    expect(chosen).toBeInstanceOf(Error)
  })
})

describe('erasing, by an admin', () => {
  let summary: string

  it('says first what will change, counting what it will remove', async () => {
    const response = await rest(`/speakers/${erased.speaker.id}/erase`, { token: app.adminToken })
    expect(response.status).toBe(200)
    const preview = (await response.json()) as { confirmWith: string; changes: string[] }
    expect(preview.confirmWith).toBe(erased.name)
    const said = preview.changes.join(' ')
    expect(said).toContain('all 2 stored versions')
    expect(said).toContain('1 photo')
    expect(said).toContain('cannot be undone')
  })

  it('erases them, once confirmed', async () => {
    const response = await confirmAs(erased, 'erase', app.adminToken)
    expect(response.status).toBe(200)
    ;({ summary } = (await response.json()) as { summary: string })
    // Contributions: two sessions, each now and in two stored versions.
    expect(summary).toMatch(
      /^Erased: their record and 2 stored versions, 6 contributions moved to the shared erased record, 1 photo deleted, \d+ mentions of the name replaced$/,
    )
  })

  it('leaves nothing of them in any table of the database, versions and history included', async () => {
    const db = await dbFor(app.payload)
    const { rows: columns } = await db.execute(sql`
      SELECT c.table_name AS table, c.column_name AS column
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
         AND c.data_type IN ('text', 'character varying', 'jsonb')`)
    expect(columns.length).toBeGreaterThan(50)
    const found: string[] = []
    for (const { table, column } of columns as Array<{ table: string; column: string }>) {
      for (const marker of [...erased.markers, 'Zephyrine']) {
        const { rows } = await db.execute(sql`
          SELECT count(*)::int AS n FROM ${sql.identifier(table)}
           WHERE ${sql.identifier(column)}::text ILIKE ${`%${marker}%`}`)
        if ((rows[0] as { n: number }).n > 0) found.push(`${table}.${column}: ${marker}`)
      }
    }
    expect(found).toEqual([])
  })

  it('deletes their record and every version of it; their contributions and wins move to the shared erased record', async () => {
    const record = await rest(`/speakers/${erased.speaker.id}?draft=true`, {
      token: app.editorToken,
    })
    expect(record.status).toBe(404)
    const versions = await app.payload.findVersions({
      collection: 'speakers',
      where: { parent: { equals: erased.speaker.id } },
    })
    expect(versions.totalDocs).toBe(0)
    const session = await app.payload.findByID({
      collection: 'sessions',
      id: sessions[0]!.session.id,
      depth: 1,
      overrideAccess: false,
      user: app.editor,
    })
    const moved = populated(session.contributions![2]!.speaker)
    expect(moved).toMatchObject({ name: ERASED_NAME, consent: NOTHING_SHOWN })
    expect(session.contributions![2]!.roleAtTheTime ?? null).toBeNull()
    const presented = await app.payload.findByID({ collection: 'wins', id: win.id, depth: 0 })
    expect(presented.presenter).toBe(moved!.id)
  })

  it('deletes their photo, file and sizes included', async () => {
    expect((await rest(`/media/file/${erased.photo.filename}`)).status).not.toBe(200)
    const dir = app.payload.collections.media.config.upload.staticDir!
    expect(existsSync(path.join(dir, erased.photo.filename!))).toBe(false)
    for (const size of Object.values(erased.photo.sizes ?? {})) {
      if (size?.filename) expect(existsSync(path.join(dir, size.filename))).toBe(false)
    }
    const media = await app.payload.findByID({
      collection: 'media',
      id: erased.photo.id,
      disableErrors: true,
    })
    expect(media).toBeNull()
  })

  it('replaces their name where other records mention it, current and past versions', async () => {
    const current = await app.payload.findByID({
      collection: 'sessions',
      id: sessions[0]!.session.id,
      depth: 0,
    })
    expect(JSON.stringify(current.summary)).toContain(
      `Opened by ${NAME_ERASED} and ${NAME_WITHHELD}.`,
    )
    const { docs: history } = await app.payload.findVersions({
      collection: 'sessions',
      where: { parent: { equals: sessions[0]!.session.id } },
      overrideAccess: false,
      user: app.editor,
    })
    expect(history.length).toBeGreaterThan(1)
    // Staff's history keeps the anonymised name, never the erased one.
    for (const { version } of history) {
      expect(JSON.stringify(version.summary)).toContain(
        `Opened by ${NAME_ERASED} and ${anonymised.name}.`,
      )
    }
  })

  it('shows the public nothing of them, and keeps their contributions in order', async () => {
    await visitorSees(erased.markers)
    for (const each of sessions) {
      expect(await contributorsOf(each)).toEqual([
        'Named Colleague',
        'A speaker from Withdrawal Test Network',
        'A speaker from an organisation in Ireland',
      ])
      const html = await render(
        SessionPage(withParams({ year: String(each.year), session: each.session.slug! })),
      )
      expect(text(html)).toContain('Then they spoke about defending activists.')
    }
    const found = await searchRecord(parseSearchParams({ q: 'Quillfeather' }))
    expect(found).toMatchObject({ status: 'done', total: 0 })
  })

  it('logs the erasure by whom and when, without the erased data', async () => {
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: erased.speaker.id } },
      overrideAccess: false,
      user: app.admin,
    })
    expect(docs.map((entry) => entry.action)).toEqual(['erase'])
    expect(docs[0]).toMatchObject({ summary: `e${summary.slice(1)}` })
    expect((docs[0]!.actor as { id: number }).id ?? docs[0]!.actor).toBe(app.admin.id)
    expectNone(erased.markers, 'the audit log', docs)
  })

  it('leaves nothing of them in a backup made afterwards, database or uploads', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'picum-erased-'))
    try {
      const file = path.join(work, 'after-erasure.dump')
      const mediaDir = app.payload.collections.media.config.upload.staticDir!
      await backupDatabase({ databaseUrl: process.env.DATABASE_URI!, file, mediaDir })
      const { pgRestore } = await findPgTools(process.env.DATABASE_URI!)
      const dump = spawnSync(pgRestore, ['--file=-', file], { encoding: 'utf8' })
      expect(dump.status).toBe(0)
      // The same dump still holds the people who were not erased.
      expect(dump.stdout).toContain('Named Colleague')
      expectNone([...erased.markers, 'Zephyrine'], 'the backup’s database', dump.stdout)
      const uploads = spawnSync('tar', ['-tzf', mediaArchiveFor(file)], { encoding: 'utf8' })
      expect(uploads.status).toBe(0)
      expect(uploads.stdout).toContain(anonymised.photo.filename!)
      expectNone([erased.photo.filename!], 'the backup’s uploads', uploads.stdout)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })

  it('cannot be done twice, nor to the shared erased record', async () => {
    const again = await post(erased.speaker.id, 'erase', { confirm: erased.name }, app.adminToken)
    expect(again.status).toBe(404)
    const session = await app.payload.findByID({
      collection: 'sessions',
      id: sessions[0]!.session.id,
      depth: 0,
    })
    const shared = session.contributions![2]!.speaker as number
    const refused = await post(shared, 'erase', { confirm: ERASED_NAME }, app.adminToken)
    expect(refused.status).toBe(409)
  })

  it('gives a second erased person the same record: whose contributions were whose is gone', async () => {
    expect((await confirmAs(anonymised, 'erase', app.adminToken)).status).toBe(200)
    for (const { session } of sessions) {
      const stored = await app.payload.findByID({
        collection: 'sessions',
        id: session.id,
        depth: 0,
      })
      const [, first, second] = stored.contributions!
      expect(first!.speaker).toBe(second!.speaker)
    }
    const left = await app.payload.count({
      collection: 'speakers',
      where: { name: { equals: ERASED_NAME } },
    })
    expect(left.totalDocs).toBe(1)
  })
})

describe('a consent withdrawn in a draft', () => {
  it('takes effect at once, without waiting for the draft to be published', async () => {
    const name = 'Quentin Marsalove'
    const person = await make.speaker(app.payload, 'published', { name })
    const session = await make.session(app.payload, 'published', {
      assembly: sessions[0]!.session.assembly as never,
      position: 3,
      summary: richText(`Chaired by ${name}.`),
      contributions: [{ speaker: person.id }],
    })
    await app.payload.update({
      collection: 'speakers',
      id: person.id,
      data: { consent: { showName: false } },
      draft: true,
      overrideAccess: false,
      user: app.editor,
    })
    const seen = await rest(`/speakers/${person.id}`)
    expect(await seen.text()).not.toContain('Marsalove')
    const current = await app.payload.findByID({ collection: 'sessions', id: session.id })
    expect(JSON.stringify(current.summary)).toContain(`Chaired by ${NAME_WITHHELD}.`)
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: person.id } },
      overrideAccess: false,
      user: app.admin,
    })
    expect(docs.map(({ summary }) => summary)).toEqual([
      'name: shown → withheld (saved in a draft, applied at once)',
    ])
    // Publishing the draft later changes nothing more, and logs nothing twice.
    await app.payload.update({
      collection: 'speakers',
      id: person.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: app.editor,
    })
    const again = await app.payload.count({
      collection: 'audit-log',
      where: { speaker: { equals: person.id } },
    })
    expect(again.totalDocs).toBe(1)
  })

  it('withholds only what was withdrawn: the rest of the draft waits for publication', async () => {
    const photo = await make.media(app.payload)
    const person = await make.speaker(app.payload, 'published', {
      name: 'Rosalind Photowithdrawn',
      role: 'Published role',
      roleRecordedIn: 2025,
      photo: photo.id,
    })
    expect((await rest(`/media/file/${photo.filename}`)).status).toBe(200)
    await app.payload.update({
      collection: 'speakers',
      id: person.id,
      data: { consent: { showPhoto: false }, role: 'Draft-only role' },
      draft: true,
      overrideAccess: false,
      user: app.editor,
    })
    expect((await rest(`/media/file/${photo.filename}`)).status).not.toBe(200)
    const seen = (await (await rest(`/speakers/${person.id}?depth=0`)).json()) as Speaker
    expect(seen).toMatchObject({ name: 'Rosalind Photowithdrawn', role: 'Published role' })
    expect(seen).not.toHaveProperty('photo')
  })
})
