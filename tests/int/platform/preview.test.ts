/**
 * Draft preview, end to end below the browser: the preview route (who may turn draft mode on, and
 * where it may send them), the draft-aware reads of lib/queries (staff in draft mode read the
 * latest drafts, everyone else the published record, and drafts never reach the shared cache),
 * and the preview addresses the admin opens.
 *
 * Next.js's request functions are replaced: `draftMode()` and `headers()` answer for the request
 * under test (the draft-mode cookie and the Payload session cookie a browser would send), and the
 * data cache is an in-memory one that behaves like Next's (tests/helpers/nextCache.ts).
 */
import { createHmac } from 'node:crypto'

import { jest } from '@jest/globals'

import type { User } from '@/payload-types'
import { one } from '@/tests/helpers/html'
import { createNextCache } from '@/tests/helpers/nextCache'
import { render } from '@/tests/helpers/render'
import { setupRecord } from '@/tests/helpers/setup'

const draft = {
  isEnabled: false,
  enable: jest.fn(() => {
    draft.isEnabled = true
  }),
  disable: jest.fn(() => {
    draft.isEnabled = false
  }),
}
let requestHeaders = new Headers()
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => draft,
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}))
const nextCache = createNextCache()
jest.unstable_mockModule('next/cache', () => nextCache.module)

// Everything that reaches next/headers or next/cache is imported after the mocks are in place.
const { make, uniqueYear } = await import('@/tests/helpers/factories')
const { createLocalReq } = await import('payload')
const { GET: previewRoute } = await import('@/app/(frontend)/next/preview/route')
const { GET: exitPreviewRoute } = await import('@/app/(frontend)/next/exit-preview/route')
const { getAssemblyByYear, getLatestAssembly, listAssemblies } =
  await import('@/lib/queries/assemblies')
const { getSession } = await import('@/lib/queries/sessions')
const { getSpeakerBySlug } = await import('@/lib/queries/speakers')
const { getOrganisationBySlug } = await import('@/lib/queries/organisations')
const { getTopicBySlug } = await import('@/lib/queries/topics')
const { getWinBySlug } = await import('@/lib/queries/wins')
const { safeSitePath } = await import('@/lib/preview')
const { default: SessionPage } = await import('@/app/(frontend)/assemblies/[year]/[session]/page')
const { NotFoundPage } = await import('@/components/NotFoundPage')

type Assembly = Awaited<ReturnType<typeof make.assembly>>
type Session = Awaited<ReturnType<typeof make.session>>
type Speaker = Awaited<ReturnType<typeof make.speaker>>

const app = setupRecord({ staff: ['editor', 'admin'], signIn: ['editor', 'admin'] })

/** A published assembly whose published session has a newer, unpublished draft. */
let published: Assembly
let rewritten: Session
/** Next year's assembly and one of its sessions, never published. */
let nextYear: Assembly
let nextYearSession: Session
let draftSpeaker: Speaker
let draftOrganisation: Awaited<ReturnType<typeof make.organisation>>
let draftWin: Awaited<ReturnType<typeof make.win>>
let topic: Awaited<ReturnType<typeof make.topic>>

const PUBLISHED_TITLE = 'Opening plenary'
const DRAFT_TITLE = 'Opening plenary, rewritten in a draft'

beforeAll(async () => {
  published = await make.assembly(app.payload, 'published', { theme: 'The published theme' })
  rewritten = await make.session(app.payload, 'published', {
    assembly: published.id,
    title: PUBLISHED_TITLE,
    position: 1,
  })
  await app.payload.update({
    collection: 'sessions',
    id: rewritten.id,
    data: { title: DRAFT_TITLE },
    draft: true,
  })
  uniqueYear() // the year after `published` stays free for nextYear
  nextYear = await make.assembly(app.payload, 'draft', {
    year: published.year + 1,
    theme: 'A theme nobody has seen',
  })
  topic = await make.topic(app.payload)
  nextYearSession = await make.session(app.payload, 'draft', {
    assembly: nextYear.id,
    title: 'A session still in draft',
    position: 1,
    topics: [topic.id],
  })
  draftSpeaker = await make.speaker(app.payload, 'draft', { name: 'Dana Draftwell' })
  draftOrganisation = await make.organisation(app.payload, 'draft', { name: 'Drafting Collective' })
  draftWin = await make.win(app.payload, 'draft', {
    title: 'A win being written up',
    assembly: nextYear.id,
    creditedOrganisations: [draftOrganisation.id],
  })
})

beforeEach(() => {
  draft.isEnabled = false
  draft.enable.mockClear()
  draft.disable.mockClear()
  requestHeaders = new Headers()
})

/**
 * The headers a browser sends from a page of this site with Payload's session cookie. With a
 * server URL configured, Payload accepts its cookie only from same-site requests (Sec-Fetch-Site),
 * which is what keeps another site from opening a preview in a staff member's name.
 */
const sessionCookie = (token: string) => ({
  cookie: `payload-token=${token}`,
  'sec-fetch-site': 'same-origin',
})

/** The request under test: its draft-mode cookie and the Payload session it carries. */
function requestAs(who: 'anonymous' | string, { draftMode }: { draftMode: boolean }) {
  draft.isEnabled = draftMode
  requestHeaders = new Headers(who === 'anonymous' ? {} : sessionCookie(who))
}

const previewRequest = (query: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000/next/preview?${query}`, { headers })

const withPath = (path: string) => new URLSearchParams({ path }).toString()

/** A token with a role the signer never gave: signed with a key that is not Payload's. */
function forgedAdminToken(user: User): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    id: user.id,
    collection: 'users',
    email: user.email,
    role: 'admin',
    iat: now,
    exp: now + 3600,
  })}`
  return `${unsigned}.${createHmac('sha256', 'not the secret').update(unsigned).digest('base64url')}`
}

describe('the preview route', () => {
  it('turns draft mode on for a signed-in editor and opens the page', async () => {
    const path = `/assemblies/${nextYear.year}/${nextYearSession.slug}`
    const response = await previewRoute(
      previewRequest(withPath(path), sessionCookie(app.editorToken)),
    )
    expect(response.status).toBe(307)
    expect(response.headers.get('Location')).toBe(path)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(draft.enable).toHaveBeenCalledTimes(1)
    expect(draft.isEnabled).toBe(true)
  })

  it('accepts an admin signed in with a JWT header, and keeps the query string', async () => {
    const response = await previewRoute(
      previewRequest(withPath('/wins?year=2025'), { Authorization: `JWT ${app.adminToken}` }),
    )
    expect(response.status).toBe(307)
    expect(response.headers.get('Location')).toBe('/wins?year=2025')
    expect(draft.enable).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['an anonymous visitor', (): Record<string, string> => ({})],
    ['a made-up session cookie', () => sessionCookie('not-a-token')],
    ['an admin token signed with another key', () => sessionCookie(forgedAdminToken(app.editor))],
    [
      "an editor's cookie sent from another site",
      () => ({ ...sessionCookie(app.editorToken), 'sec-fetch-site': 'cross-site' }),
    ],
  ])('refuses %s with a plain 403 and leaves draft mode off', async (_who, headers) => {
    draft.isEnabled = true // a cookie left from an earlier session goes too
    const response = await previewRoute(previewRequest(withPath('/assemblies'), headers()))
    expect(response.status).toBe(403)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const body = await response.text()
    expect(body).toMatch(/^Previews are for PICUM staff/)
    expect(body).not.toMatch(/\bat .+:\d+/) // no stack trace
    expect(draft.enable).not.toHaveBeenCalled()
    expect(draft.isEnabled).toBe(false)
  })

  it.each([
    ['no path', ''],
    ['an absolute URL', withPath('https://evil.example/assemblies')],
    ['a protocol-relative URL', withPath('//evil.example/assemblies')],
    ['a backslash that browsers read as //', withPath('/\\evil.example')],
    ['a path that normalises to //', withPath('/..//evil.example')],
    ['a tab that browsers drop', withPath('/\t/evil.example')],
    ['a javascript: URL', withPath('javascript:alert(1)')],
    ['a relative path without its slash', withPath('assemblies')],
  ])('refuses %s with a 400, even for staff', async (_case, query) => {
    const response = await previewRoute(previewRequest(query, sessionCookie(app.editorToken)))
    expect(response.status).toBe(400)
    expect(response.headers.get('Location')).toBeNull()
    expect(draft.enable).not.toHaveBeenCalled()
  })

  it('exit turns draft mode off and returns to the page, or home for anything else', async () => {
    draft.isEnabled = true
    const back = await exitPreviewRoute(
      new Request(`http://localhost:3000/next/exit-preview?${withPath('/speakers')}`),
    )
    expect(back.status).toBe(307)
    expect(back.headers.get('Location')).toBe('/speakers')
    expect(draft.isEnabled).toBe(false)

    const away = await exitPreviewRoute(
      new Request(`http://localhost:3000/next/exit-preview?${withPath('//evil.example')}`),
    )
    expect(away.headers.get('Location')).toBe('/')
  })

  it('normalises the paths it accepts', () => {
    expect(safeSitePath('/assemblies/2026/../2025')).toBe('/assemblies/2025')
    expect(safeSitePath('/wins#figures')).toBe('/wins#figures')
    expect(safeSitePath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example')
  })
})

describe('reading the record', () => {
  it('shows visitors the published record, whatever cookies they bring', async () => {
    for (const draftMode of [false, true]) {
      requestAs('anonymous', { draftMode })
      expect((await getSession(published.year, rewritten.slug!))?.session.title).toBe(
        PUBLISHED_TITLE,
      )
      expect(await getAssemblyByYear(nextYear.year)).toBeNull()
      expect(await getSession(nextYear.year, nextYearSession.slug!)).toBeNull()
      expect(await getSpeakerBySlug(draftSpeaker.slug!)).toBeNull()
      expect(await getOrganisationBySlug(draftOrganisation.slug!)).toBeNull()
      expect(await getWinBySlug(draftWin.slug!)).toBeNull()
      expect((await getTopicBySlug(topic.slug!))?.sessions).toEqual([])
      expect((await getLatestAssembly())?.assembly.year).toBe(published.year)
    }
  })

  it('shows signed-in staff the published record until they turn preview on', async () => {
    requestAs(app.editorToken, { draftMode: false })
    expect((await getSession(published.year, rewritten.slug!))?.session.title).toBe(PUBLISHED_TITLE)
    expect(await getAssemblyByYear(nextYear.year)).toBeNull()
  })

  it('shows staff in preview the latest drafts, never-published documents included', async () => {
    requestAs(app.editorToken, { draftMode: true })
    expect((await getSession(published.year, rewritten.slug!))?.session.title).toBe(DRAFT_TITLE)

    const upcoming = await getAssemblyByYear(nextYear.year)
    expect(upcoming?.assembly.theme).toBe('A theme nobody has seen')
    expect(upcoming?.sessions.map((session) => session.title)).toEqual(['A session still in draft'])
    const session = await getSession(nextYear.year, nextYearSession.slug!)
    expect(session?.assembly.year).toBe(nextYear.year)
    expect(session?.session.title).toBe('A session still in draft')
    expect((await getSpeakerBySlug(draftSpeaker.slug!))?.speaker.name).toBe('Dana Draftwell')
    const organisation = await getOrganisationBySlug(draftOrganisation.slug!)
    expect(organisation?.creditedWins.map((win) => win.title)).toEqual(['A win being written up'])
    expect((await getWinBySlug(draftWin.slug!))?.title).toBe('A win being written up')
    expect((await getTopicBySlug(topic.slug!))?.sessions.map((session) => session.title)).toEqual([
      'A session still in draft',
    ])

    // The home and the archive as they will look once next year is published.
    expect((await getLatestAssembly())?.assembly.year).toBe(nextYear.year)
    expect((await listAssemblies()).map((assembly) => assembly.year)).toEqual([
      nextYear.year,
      published.year,
    ])
  })

  it('keeps lists built for every visitor (static params, sitemap) published in preview', async () => {
    requestAs(app.editorToken, { draftMode: true })
    const years = (await listAssemblies.published()).map((assembly) => assembly.year)
    expect(years).toContain(published.year)
    expect(years).not.toContain(nextYear.year)
  })

  it('never puts a draft in the shared cache, nor answers visitors from a preview', async () => {
    nextCache.entries.clear()
    requestAs('anonymous', { draftMode: false })
    await getSession(published.year, rewritten.slug!)
    await getLatestAssembly()
    const cachedByVisitors = nextCache.entries.size
    expect(cachedByVisitors).toBeGreaterThan(0)

    requestAs(app.editorToken, { draftMode: true })
    expect((await getSession(published.year, rewritten.slug!))?.session.title).toBe(DRAFT_TITLE)
    expect((await getLatestAssembly())?.assembly.year).toBe(nextYear.year)
    await getAssemblyByYear(nextYear.year)
    // Preview reads went straight to the database: nothing added, nothing overwritten.
    expect(nextCache.entries.size).toBe(cachedByVisitors)
    expect(nextCache.storedJson()).not.toContain(DRAFT_TITLE)
    expect(nextCache.storedJson()).not.toContain('A theme nobody has seen')

    requestAs('anonymous', { draftMode: false })
    expect((await getSession(published.year, rewritten.slug!))?.session.title).toBe(PUBLISHED_TITLE)
    expect((await getLatestAssembly())?.assembly.year).toBe(published.year)
  })

  it('renders an unpublished session page for staff in preview, and a 404 for visitors', async () => {
    const params = {
      params: Promise.resolve({ year: String(nextYear.year), session: nextYearSession.slug! }),
    }
    requestAs(app.editorToken, { draftMode: true })
    const html = await render(SessionPage(params))
    expect(one(html, 'h1').innerHTML).toBe('A session still in draft')

    requestAs('anonymous', { draftMode: true })
    expect((await SessionPage(params)).type).toBe(NotFoundPage)
  })
})

describe('the addresses the admin previews', () => {
  const previewOf = async (collection: 'assemblies' | 'sessions' | 'speakers', doc: object) => {
    const req = await createLocalReq({ user: app.editor }, app.payload)
    const preview = app.payload.collections[collection].config.admin.preview
    if (typeof preview !== 'function') throw new Error(`${collection} has no admin.preview`)
    return preview(doc as Record<string, unknown>, { req, locale: 'en', token: app.editorToken })
  }

  it('opens each document at its page through the preview route', async () => {
    expect(await previewOf('assemblies', nextYear)).toBe(
      `/next/preview?path=%2Fassemblies%2F${nextYear.year}`,
    )
    // The session's assembly is a draft: its year is still found.
    expect(await previewOf('sessions', nextYearSession)).toBe(
      `/next/preview?${withPath(`/assemblies/${nextYear.year}/${nextYearSession.slug}`)}`,
    )
    expect(await previewOf('speakers', draftSpeaker)).toBe(
      `/next/preview?${withPath(`/speakers/${draftSpeaker.slug}`)}`,
    )
    // Before a session has a slug it has no page, so no preview.
    expect(await previewOf('sessions', { ...nextYearSession, slug: '' })).toBeNull()
  })

  it('gives live preview the same address, with the mobile and desktop widths', async () => {
    const { livePreview } = app.payload.config.admin
    expect([...(livePreview?.collections ?? [])].sort()).toEqual([
      'assemblies',
      'organisations',
      'sessions',
      'speakers',
      'wins',
    ])
    expect(livePreview?.breakpoints?.map(({ name, width }) => ({ name, width }))).toEqual([
      { name: 'mobile', width: 390 },
      { name: 'desktop', width: 1280 },
    ])
    const req = await createLocalReq({ user: app.editor }, app.payload)
    if (typeof livePreview?.url !== 'function') throw new Error('no live preview url')
    const url = await livePreview.url({
      collectionConfig: app.payload.collections.sessions.config,
      data: nextYearSession as unknown as Record<string, unknown>,
      locale: { code: 'en', label: 'English' },
      payload: app.payload,
      req,
    })
    expect(url).toBe(
      `/next/preview?${withPath(`/assemblies/${nextYear.year}/${nextYearSession.slug}`)}`,
    )
  })
})
