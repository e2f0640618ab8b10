/**
 * A person's consent decides what the public sees of them, in every channel (lib/consent): a
 * speaker with contributions at two assemblies and a distinctive name, bio, role and photo first
 * shows everything, then withholds their name (recorded by an editor), and nothing that would
 * identify them reaches an anonymous visitor: the Local API as the site reads it, REST, GraphQL,
 * filters and sorts, the search index, the sitemap, the pages and the photo's file. Their
 * contributions keep their place in the programme, as "A speaker from" their organisation.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Where } from 'payload'

import SessionPage from '@/app/(frontend)/assemblies/[year]/[session]/page'
import AssemblyPage from '@/app/(frontend)/assemblies/[year]/page'
import OrganisationPage from '@/app/(frontend)/organisations/[slug]/page'
import sitemap from '@/app/(frontend)/sitemap'
import SpeakerPage from '@/app/(frontend)/speakers/[slug]/page'
import WinPage from '@/app/(frontend)/wins/[slug]/page'
import { dbFor } from '@/lib/compat/payload'
import { searchRecord } from '@/lib/queries/search'
import { trackPublishedWins } from '@/lib/queries/wins'
import { richTextFromParagraphs } from '@/lib/richText'
import { parseSearchParams } from '@/lib/search/params'
import { parseWinQuery } from '@/lib/wins/tracker'
import type { Media, Organisation, Session, Speaker, Win } from '@/payload-types'
import { make, uniqueYear } from '@/tests/helpers/factories'
import { graphql } from '@/tests/helpers/graphql'
import { all, h1, text } from '@/tests/helpers/html'
import { render, withParams } from '@/tests/helpers/render'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['admin', 'editor'] })

// Distinctive enough that finding any of them anywhere means a leak.
const NAME = 'Zephyrine Quillfeather'
const SURNAME = 'Quillfeather'
const BIO = 'xqconsentbio lawyer defending activists'
const ROLE = 'xqconsentrole coordinator'
const LINK = 'https://example.org/xqconsentlink'
const MARKERS = [SURNAME, 'xqconsentbio', 'xqconsentrole', 'xqconsentlink']

let person: Speaker
let other: Speaker
let photo: Media
let organisation: Organisation
let win: Win
const sessions: Array<{ year: number; session: Session }> = []

const richText = (words: string) => richTextFromParagraphs([words])

const expectNoMarkers = (where: string, value: unknown) => {
  const body = typeof value === 'string' ? value : JSON.stringify(value)
  for (const marker of MARKERS) {
    if (body.includes(marker)) throw new Error(`${where} shows "${marker}"`)
  }
}

const visitorFind = (where?: Where, sort?: string) =>
  app.payload.find({
    collection: 'speakers',
    where,
    sort,
    depth: 1,
    overrideAccess: false,
    pagination: false,
  })

const photoAnswers = async () => (await rest(`/media/file/${photo.filename}`)).status

const setConsent = (consent: Partial<NonNullable<Speaker['consent']>>) =>
  app.payload.update({
    collection: 'speakers',
    id: person.id,
    data: { consent: { ...person.consent, ...consent }, _status: 'published' },
    overrideAccess: false,
    user: app.editor,
  })

beforeAll(async () => {
  organisation = await make.organisation(app.payload, 'published', {
    name: 'Consent Test Network',
    country: 'BE',
    picumMembership: 'member',
  })
  photo = await make.media(app.payload, { alt: 'Portrait' })
  person = await make.speaker(app.payload, 'published', {
    name: NAME,
    bio: richText(BIO),
    role: ROLE,
    roleRecordedIn: 2025,
    organisation: organisation.id,
    photo: photo.id,
    links: [{ label: 'Site', url: LINK }],
  })
  other = await make.speaker(app.payload, 'published', { name: 'Named Colleague' })
  for (const year of [uniqueYear(), uniqueYear()]) {
    const assembly = await make.assembly(app.payload, 'published', { year })
    const session = await make.session(app.payload, 'published', {
      assembly: assembly.id,
      contributions: [
        { speaker: other.id, contribution: richText('First, the colleague spoke.') },
        {
          speaker: person.id,
          roleAtTheTime: ROLE,
          organisationAtTheTime: organisation.id,
          contribution: richText('Then the person spoke about defending activists.'),
        },
      ],
    })
    sessions.push({ year, session })
  }
  win = await make.win(app.payload, 'published', {
    assembly: sessions[0]!.session.assembly as number | { id: number } as never,
    session: sessions[0]!.session.id,
    presenter: person.id,
    presenterOrganisation: organisation.id,
  })
}, 120_000)

describe('while they agree to show everything', () => {
  it('shows them to visitors, photo included', async () => {
    const { docs } = await visitorFind({ id: { equals: person.id } })
    expect(docs[0]).toMatchObject({ name: NAME, role: ROLE, slug: person.slug })
    expect(await photoAnswers()).toBe(200)
    const html = await render(
      SessionPage(
        withParams({ year: String(sessions[0]!.year), session: sessions[0]!.session.slug! }),
      ),
    )
    expect(text(html)).toContain(NAME)
  })
})

describe('once they withhold their name', () => {
  beforeAll(async () => {
    person = await setConsent({ showName: false })
  }, 60_000)

  it('records who recorded it, and when, for staff only', async () => {
    const stored = await app.payload.findByID({
      collection: 'speakers',
      id: person.id,
      depth: 0,
      overrideAccess: false,
      user: app.admin,
    })
    expect(stored.consent).toMatchObject({ showName: false, recordedBy: app.editor.id })
    expect(Date.now() - Date.parse(stored.consent!.recordedAt!)).toBeLessThan(60_000)
    const seen = await visitorFind({ id: { equals: person.id } })
    expect(seen.docs[0]!.consent).toEqual({
      showName: false,
      showPhoto: true,
      showBio: true,
      showRole: true,
      showOrganisation: true,
    })
  })

  it('keeps everything that identifies them from the Local API as visitors read it', async () => {
    const { docs } = await visitorFind({ id: { equals: person.id } })
    expect(docs).toHaveLength(1)
    for (const field of ['name', 'slug', 'bio', 'photo', 'role', 'organisation']) {
      expect(docs[0]).not.toHaveProperty(field)
    }
    // Payload answers an array it withheld as an empty one.
    expect(docs[0]!.links ?? []).toEqual([])
    expect(docs[0]!.citations ?? []).toEqual([])
    expectNoMarkers('a visitor read', docs)
    const sessionsRead = await app.payload.find({
      collection: 'sessions',
      where: { id: { in: sessions.map(({ session }) => session.id) } },
      depth: 2,
      overrideAccess: false,
    })
    expectNoMarkers('sessions read by a visitor', sessionsRead.docs)
    // Staff keep the whole record, to honour or change it.
    const staff = await app.payload.findByID({
      collection: 'speakers',
      id: person.id,
      overrideAccess: false,
      user: app.editor,
    })
    expect(staff.name).toBe(NAME)
  })

  // Functions: the documents exist only once the tests run.
  it.each<[string, () => Where, string | undefined]>([
    ['a filter on the name', () => ({ name: { like: SURNAME } }), undefined],
    ['a filter on the address', () => ({ slug: { equals: person.slug! } }), undefined],
    ['a filter on the role', () => ({ role: { like: 'xqconsentrole' } }), undefined],
    [
      'a filter on the organisation',
      () => ({ organisation: { equals: organisation.id } }),
      undefined,
    ],
    ['a filter on a link', () => ({ 'links.url': { like: 'xqconsentlink' } }), undefined],
    [
      'an "or" that hides the name',
      (): Where => ({ or: [{ id: { equals: 0 } }, { name: { like: 'Zeph' } }] as Where[] }),
      undefined,
    ],
    ['a sort by name', () => ({ id: { in: [person.id, other.id] } }), 'name'],
    ['a sort by role', () => ({ id: { in: [person.id, other.id] } }), '-role'],
  ])('finds nobody who withheld it through %s', async (_label, where, sort) => {
    const { docs } = await visitorFind(where(), sort)
    expect(docs.map((doc) => doc.id)).not.toContain(person.id)
  })

  it('finds them again for staff through the same filter', async () => {
    const { docs } = await app.payload.find({
      collection: 'speakers',
      where: { name: { like: SURNAME } },
      overrideAccess: false,
      user: app.editor,
    })
    expect(docs.map((doc) => doc.id)).toEqual([person.id])
  })

  it('withholds their role, and only theirs, in a session saved after they withheld their name', async () => {
    const later = await make.session(app.payload, 'published', {
      assembly: sessions[0]!.session.assembly as never,
      position: 2,
      contributions: [
        { speaker: other.id, roleAtTheTime: 'Named role' },
        { speaker: person.id, roleAtTheTime: ROLE },
      ],
    })
    const seen = await app.payload.findByID({
      collection: 'sessions',
      id: later.id,
      depth: 0,
      overrideAccess: false,
    })
    expect(seen.contributions?.[0]?.roleAtTheTime).toBe('Named role')
    expect(seen.contributions?.[1]).not.toHaveProperty('roleAtTheTime')
    expectNoMarkers('a session saved later', seen)
    await app.payload.delete({ collection: 'sessions', id: later.id })
  })

  it('refuses visitors a filter on the roles speakers held at a session', async () => {
    const response = await rest(`/sessions?where[contributions.roleAtTheTime][like]=xqconsentrole`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('contributions.roleAtTheTime')
  })

  it('says nothing of them over REST', async () => {
    const answers = await Promise.all(
      [
        `/speakers/${person.id}?depth=2`,
        `/speakers?depth=1&limit=100`,
        `/speakers?where[name][like]=${SURNAME}`,
        `/speakers?where[links.url][like]=xqconsentlink`,
        `/sessions?depth=2&limit=100`,
        `/organisations/${organisation.id}?depth=1`,
        `/organisations/${organisation.id}?joins[people][where][name][like]=${SURNAME}`,
      ].map(async (path) => {
        const response = await rest(path)
        expect(response.status).toBeLessThan(500)
        return [path, await response.text()] as const
      }),
    )
    for (const [path, body] of answers) expectNoMarkers(`REST ${path}`, body)
  })

  it('says nothing of them over GraphQL', async () => {
    const answer = await graphql(`{
      Speakers(limit: 100) { docs { id name slug role bio links { url } } }
      Sessions(limit: 100) { docs { contributions { roleAtTheTime speaker { name slug } } } }
      Organisation(id: ${organisation.id}) { people { docs { name } } }
    }`)
    expect(answer.status).toBe(200)
    expectNoMarkers('GraphQL', answer.text)
    const filtered = await graphql(
      `{ Speakers(where: { name: { like: "${SURNAME}" } }) { docs { id } } }`,
    )
    expect(filtered.data?.Speakers).toEqual({ docs: [] })
  })

  it('leaves them out of the search index and the sitemap', async () => {
    const db = await dbFor(app.payload)
    const { rows } = await db.execute(sql`SELECT title, meta, keywords, body FROM search_documents`)
    expect(rows.length).toBeGreaterThan(0)
    expectNoMarkers('the search index', rows)
    const results = await searchRecord(parseSearchParams({ q: SURNAME }))
    expect(results).toMatchObject({ status: 'done', total: 0 })
    const colleague = await searchRecord(parseSearchParams({ q: 'Colleague' }))
    expect(colleague).toMatchObject({ status: 'done' })
    expect((colleague as { total: number }).total).toBeGreaterThan(0)
    expectNoMarkers('the sitemap', await sitemap())
  })

  it('keeps their contributions in the programme, as a speaker from their organisation', async () => {
    for (const { year, session } of sessions) {
      const html = await render(
        SessionPage(withParams({ year: String(year), session: session.slug! })),
      )
      expectNoMarkers(`the page of session ${session.slug}`, html)
      const names = all(html, '.contribution__name').map((element) => text(element).trim())
      expect(names).toEqual(['Named Colleague', 'A speaker from Consent Test Network'])
      expect(text(html)).toContain('Then the person spoke about defending activists.')

      const programme = await render(AssemblyPage(withParams({ year: String(year) })))
      expectNoMarkers(`the ${year} assembly page`, programme)
      expect(text(programme)).toContain('A speaker from Consent Test Network')
    }
  })

  it('credits the win they presented to a speaker from their organisation', async () => {
    const html = await render(WinPage(withParams({ slug: win.slug! })))
    expectNoMarkers('the win page', html)
    expect(text(html)).toContain('A speaker from Consent Test Network')
  })

  it('leaves them out of their organisation’s people, keeping what was said for it', async () => {
    const html = await render(OrganisationPage(withParams({ slug: organisation.slug! })))
    expectNoMarkers('the organisation page', html)
    expect(text(html)).toContain(sessions[0]!.session.title)
  })

  it('has no page at their old address', async () => {
    const html = await render(SpeakerPage(withParams({ slug: person.slug! })))
    expect(h1(html)).toBe('Page not found')
    expectNoMarkers('the not-found page', html)
  })

  it('no longer serves their photo', async () => {
    expect(await photoAnswers()).not.toBe(200)
  })
})

describe('the audit log', () => {
  it('says who changed what the public sees, and when, without the personal data', async () => {
    const { docs } = await app.payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: person.id } },
      overrideAccess: false,
      user: app.admin,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      action: 'consent',
      summary: 'name: shown → withheld',
      changes: { showName: [true, false] },
    })
    expect((docs[0]!.actor as { id: number }).id ?? docs[0]!.actor).toBe(app.editor.id)
    expectNoMarkers('the audit log', docs)
  })

  it('is read by admins only, and written by nobody through the API', async () => {
    const editor = await app.payload
      .find({
        collection: 'audit-log',
        overrideAccess: false,
        user: app.editor,
      })
      .catch((error: Error) => error)
    expect(editor).toBeInstanceOf(Error)
    expect((await rest('/audit-log')).status).toBe(403)
    expect((await rest('/audit-log?draft=true')).status).toBe(403)
    // The query is a real one: an admin gets the entries through it.
    const asAdmin = await graphql('{ AuditLogs { docs { id summary } } }', {
      token: app.adminToken,
    })
    expect(asAdmin.errors).toEqual([])
    expect(asAdmin.data).toHaveProperty('AuditLogs.docs')
    for (const token of [undefined, app.editorToken]) {
      const answer = await graphql('{ AuditLogs { docs { id summary } } }', { token })
      expect(answer.errors.length).toBeGreaterThan(0)
      expect(answer.text).not.toContain('name: shown')
    }
    const entry = await app.payload.create({
      collection: 'audit-log',
      data: { action: 'consent', speaker: 0, summary: 'Planted by the server' },
      overrideAccess: true,
    })
    for (const token of [app.adminToken, app.editorToken]) {
      const created = await rest('/audit-log', {
        method: 'POST',
        token,
        body: JSON.stringify({ action: 'consent', speaker: 1, summary: 'forged' }),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(created.status).toBe(403)
      const changed = await rest(`/audit-log/${entry.id}`, {
        method: 'PATCH',
        token,
        body: JSON.stringify({ summary: 'rewritten' }),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(changed.status).toBe(403)
      expect((await rest(`/audit-log/${entry.id}`, { method: 'DELETE', token })).status).toBe(403)
    }
  })

  // A draft that withdraws something is applied and logged at once (withdrawal.test.ts).
  it('leaves out a draft that withdraws nothing: only what reaches the public is logged', async () => {
    const count = async () =>
      (
        await app.payload.count({
          collection: 'audit-log',
          where: { speaker: { equals: other.id } },
        })
      ).totalDocs
    const before = await count()
    await app.payload.update({
      collection: 'speakers',
      id: other.id,
      data: {
        consent: { ...other.consent, basis: 'given', givenOn: '2025-05-01', method: 'email' },
      },
      draft: true,
      overrideAccess: false,
      user: app.editor,
    })
    expect(await count()).toBe(before)
    await app.payload.update({
      collection: 'speakers',
      id: other.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: app.editor,
    })
    expect(await count()).toBe(before + 1)
  })
})

describe('a photo or bio withheld by someone named', () => {
  beforeAll(async () => {
    person = await setConsent({ showName: true, showPhoto: false, showBio: false })
  }, 60_000)

  it('shows the name without the photo or bio, and does not serve the photo', async () => {
    const { docs } = await visitorFind({ id: { equals: person.id } })
    expect(docs[0]).toMatchObject({ name: NAME })
    expect(docs[0]).not.toHaveProperty('photo')
    expect(docs[0]).not.toHaveProperty('bio')
    expect(await photoAnswers()).not.toBe(200)
    const byBio = await visitorFind({ bio: { exists: true } })
    expect(byBio.docs).toEqual([])
    const byPhoto = await visitorFind({ photo: { equals: photo.id } })
    expect(byPhoto.docs).toEqual([])
    const html = await render(SpeakerPage(withParams({ slug: person.slug! })))
    expect(text(html)).toContain(NAME)
    expect(html).not.toContain('xqconsentbio')
    expect(html).not.toContain(photo.filename!)
  })

  it('serves the photo again once they agree to show it', async () => {
    person = await setConsent({ showPhoto: true, showBio: true })
    expect(await photoAnswers()).toBe(200)
  })
})

describe('a role withheld by someone named', () => {
  beforeAll(async () => {
    person = await setConsent({ showRole: false })
  }, 60_000)

  it('shows the name without the role on their record or at any session', async () => {
    const { docs } = await visitorFind({ id: { equals: person.id } })
    expect(docs[0]).toMatchObject({ name: NAME })
    expect(docs[0]).not.toHaveProperty('role')
    expect((await visitorFind({ role: { like: 'xqconsentrole' } })).docs).toEqual([])
    for (const { year, session } of sessions) {
      const seen = await app.payload.findByID({
        collection: 'sessions',
        id: session.id,
        depth: 0,
        overrideAccess: false,
      })
      const theirs = seen.contributions?.find((entry) => entry.speaker === person.id)
      expect(theirs).toBeDefined()
      expect(theirs).not.toHaveProperty('roleAtTheTime')
      const html = await render(
        SessionPage(withParams({ year: String(year), session: session.slug! })),
      )
      expect(text(html)).toContain(NAME)
      expect(html).not.toContain('xqconsentrole')
    }
    const page = await render(SpeakerPage(withParams({ slug: person.slug! })))
    expect(text(page)).toContain(NAME)
    expect(page).not.toContain('xqconsentrole')
    const db = await dbFor(app.payload)
    const { rows } = await db.execute(sql`SELECT title, meta, keywords, body FROM search_documents`)
    expect(JSON.stringify(rows)).toContain(SURNAME)
    expect(JSON.stringify(rows)).not.toContain('xqconsentrole')
  })

  it('shows the role again once they agree to show it', async () => {
    person = await setConsent({ showRole: true })
    const { docs } = await visitorFind({ id: { equals: person.id } })
    expect(docs[0]).toMatchObject({ name: NAME, role: ROLE })
  })
})

describe('an organisation withheld', () => {
  const ORGANISATION = 'Consent Test Network'
  const sessionPage = ({ year, session }: (typeof sessions)[number]) =>
    render(SessionPage(withParams({ year: String(year), session: session.slug! })))

  beforeAll(async () => {
    person = await setConsent({ showOrganisation: false })
  }, 60_000)

  it('by someone named: shows the name and role without the organisation, anywhere', async () => {
    const { docs } = await visitorFind({ id: { equals: person.id } })
    expect(docs[0]).toMatchObject({ name: NAME, role: ROLE })
    expect(docs[0]).not.toHaveProperty('organisation')
    expect((await visitorFind({ organisation: { equals: organisation.id } })).docs).toEqual([])
    for (const each of sessions) {
      const seen = await app.payload.findByID({
        collection: 'sessions',
        id: each.session.id,
        depth: 1,
        overrideAccess: false,
      })
      const theirs = seen.contributions?.find(
        (entry) => (entry.speaker as { id: number }).id === person.id,
      )
      expect(theirs).not.toHaveProperty('organisationAtTheTime')
      const html = await sessionPage(each)
      expect(text(html)).toContain(NAME)
      expect(html).not.toContain(ORGANISATION)
    }
    const page = await render(SpeakerPage(withParams({ slug: person.slug! })))
    expect(text(page)).toContain(NAME)
    expect(page).not.toContain(ORGANISATION)
  })

  it('lists none of their sessions under the organisation, through any channel', async () => {
    // Each session also has a contribution whose speaker shows their organisation (none): the
    // filter holds for one contribution, not for any two.
    const filtered = await rest(
      `/sessions?where[contributions.organisationAtTheTime][equals]=${organisation.id}&depth=0`,
    )
    expect(filtered.status).toBe(200)
    expect(((await filtered.json()) as { totalDocs: number }).totalDocs).toBe(0)
    const sorted = await rest('/sessions?sort=contributions.organisationAtTheTime')
    expect(sorted.status).toBe(400)
    const answer = await graphql(`{
      Sessions(limit: 100) { docs { contributions { organisationAtTheTime { name } } } }
      Wins(limit: 100) { docs { presenterOrganisation { name } } }
      Speaker(id: ${person.id}) { organisation { name } }
      Organisation(id: ${organisation.id}) {
        appearances { docs { id } }
        presentedWins { docs { id } }
        people { docs { id } }
      }
    }`)
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(ORGANISATION)
    expect(answer.data?.Organisation).toMatchObject({
      appearances: { docs: [] },
      presentedWins: { docs: [] },
      people: { docs: [] },
    })
    const joined = await rest(`/organisations/${organisation.id}?depth=0`)
    const { appearances } = (await joined.json()) as { appearances?: { docs: unknown[] } }
    expect(appearances?.docs ?? []).toEqual([])
    const { people } = (await (await rest(`/organisations/${organisation.id}?depth=1`)).json()) as {
      people?: { docs: unknown[] }
    }
    expect(JSON.stringify(people ?? null)).not.toContain(SURNAME)
    const page = await render(OrganisationPage(withParams({ slug: organisation.slug! })))
    for (const { session } of sessions) expect(page).not.toContain(session.title)
    expect(page).not.toContain(SURNAME)
    const staff = await app.payload.find({
      collection: 'sessions',
      where: { 'contributions.organisationAtTheTime': { equals: organisation.id } },
      overrideAccess: false,
      user: app.editor,
    })
    expect(staff.totalDocs).toBe(sessions.length)
  })

  it('leaves it off the win they presented, and the win out of its presented wins', async () => {
    const page = await render(WinPage(withParams({ slug: win.slug! })))
    expect(text(page)).toContain(NAME)
    expect(page).not.toContain(ORGANISATION)
    const filtered = await rest(`/wins?where[presenterOrganisation][equals]=${organisation.id}`)
    expect(((await filtered.json()) as { totalDocs: number }).totalDocs).toBe(0)
    const read = await rest(`/wins/${win.id}?depth=0`)
    expect((await read.json()) as Win).not.toHaveProperty('presenterOrganisation')
    const joined = await rest(`/organisations/${organisation.id}?depth=0`)
    const { presentedWins } = (await joined.json()) as { presentedWins?: { docs: unknown[] } }
    expect(presentedWins?.docs ?? []).toEqual([])
    const tracked = await trackPublishedWins(parseWinQuery({ presenting: organisation.slug! }))
    expect(JSON.stringify(tracked)).not.toContain(ORGANISATION)
  })

  it('by someone not named: says only the country, and whether a member', async () => {
    person = await setConsent({ showName: false })
    for (const each of sessions) {
      const html = await sessionPage(each)
      const names = all(html, '.contribution__name').map((element) => text(element).trim())
      expect(names).toEqual(['Named Colleague', 'A speaker from a member organisation in Belgium'])
      expect(html).not.toContain(ORGANISATION)
    }
    const db = await dbFor(app.payload)
    const { rows } = await db.execute(
      sql`SELECT body FROM search_documents WHERE collection = 'sessions'`,
    )
    expect(JSON.stringify(rows)).not.toContain(ORGANISATION)
  })

  it('shows the organisation again once they agree to show it', async () => {
    person = await setConsent({ showName: true, showOrganisation: true })
    expect(text(await sessionPage(sessions[0]!))).toContain(ORGANISATION)
  })
})

describe('the export for a subject access request', () => {
  it('gives an admin one JSON file with everything the record holds about them, and logs it', async () => {
    // What the log holds before this export, which adds an entry of its own.
    const audited = await app.payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: person.id } },
      pagination: false,
    })
    const response = await rest(`/speakers/${person.id}/export`, { token: app.adminToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="speaker-${person.id}-export.json"`,
    )
    const exported = (await response.json()) as {
      format: string
      speaker: Speaker
      versions: Array<{ version: Speaker }>
      contributions: Array<{ session: { id: number }; contribution: { roleAtTheTime: string } }>
      pastContributions: unknown[]
      photo: Media
      winsPresented: Array<{ id: number }>
      audit: Array<{ id: number; action: string }>
    }
    expect(exported.format).toBe('picum-assembly-record/person-export@1')
    expect(exported.speaker).toMatchObject({ name: NAME, role: ROLE })
    expect(JSON.stringify(exported.speaker.bio)).toContain('xqconsentbio')
    const stored = await app.payload.findVersions({
      collection: 'speakers',
      where: { parent: { equals: person.id } },
      pagination: false,
    })
    expect(exported.versions).toHaveLength(stored.docs.length)
    expect(exported.versions.every(({ version }) => version.name === NAME)).toBe(true)
    expect(exported.contributions.map((each) => each.session.id).sort()).toEqual(
      sessions.map(({ session }) => session.id).sort(),
    )
    expect(exported.contributions.every((each) => each.contribution.roleAtTheTime === ROLE)).toBe(
      true,
    )
    expect(exported.pastContributions.length).toBeGreaterThanOrEqual(2)
    expect(exported.photo.id).toBe(photo.id)
    expect(exported.winsPresented.map((each) => each.id)).toEqual([win.id])
    expect(exported.audit.map((entry) => entry.id)).toEqual(
      audited.docs
        .map((entry) => entry.id)
        .filter((id) => id !== undefined)
        .sort((a, b) => a - b),
    )
    // Another person's data is not in it.
    expect(JSON.stringify(exported)).not.toContain('First, the colleague spoke.')

    const logged = await app.payload.find({
      collection: 'audit-log',
      where: { and: [{ speaker: { equals: person.id } }, { action: { equals: 'export' } }] },
      overrideAccess: true,
    })
    expect(logged.docs).toHaveLength(1)
    expect(logged.docs[0]!.summary).toMatch(/^exported: \d+ versions?, 2 contributions, 1 win$/)
  })

  it('is refused to editors and visitors, and answers 404 for a made-up id', async () => {
    expect((await rest(`/speakers/${person.id}/export`, { token: app.editorToken })).status).toBe(
      403,
    )
    expect((await rest(`/speakers/${person.id}/export`)).status).toBe(403)
    for (const id of ['999999', 'x', '-1', '1.5']) {
      expect((await rest(`/speakers/${id}/export`, { token: app.adminToken })).status).toBe(404)
    }
  })
})

describe('defaults', () => {
  it('start a new speaker from the newest assembly’s choices', async () => {
    // Later than any other test year: the newest assembly decides.
    const year = 2099
    await make.assembly(app.payload, 'draft', {
      year,
      consentDefaults: {
        showName: false,
        showPhoto: true,
        showBio: false,
        showRole: false,
        showOrganisation: false,
      },
    })
    const created = await app.payload.create({
      collection: 'speakers',
      data: { name: 'Someone New', _status: 'published' },
      overrideAccess: false,
      user: app.editor,
    })
    expect(created.consent).toMatchObject({
      showName: false,
      showPhoto: true,
      showBio: false,
      showRole: false,
      showOrganisation: false,
      basis: 'assembly-default',
    })
  })

  it('needs a date and a method when the person gave it', async () => {
    await expect(
      app.payload.update({
        collection: 'speakers',
        id: other.id,
        data: { consent: { ...other.consent, basis: 'given' } },
        overrideAccess: false,
        user: app.editor,
      }),
    ).rejects.toThrow(/Given on|How/)
  })
})
