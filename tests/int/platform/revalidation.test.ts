/**
 * The revalidation hooks (lib/revalidation), run by real Payload writes against real
 * PostgreSQL, with Next.js's cache functions replaced by recorders: publishing, unpublishing,
 * renaming and deleting each expire the right cache tag and revalidate the right pages, while
 * drafts, autosaves and the seed revalidate nothing.
 *
 * That the revalidated pages then really change on a running server is proven separately, by
 * tests/e2e/revalidation.spec.ts against `next start`.
 */
import { jest } from '@jest/globals'

import type { Speaker } from '@/payload-types'
import { runScheduledPublish } from '@/tests/helpers/scheduledPublish'
import { setupRecord } from '@/tests/helpers/setup'

const revalidateTag = jest.fn<(tag: string, profile: unknown) => void>()
const revalidatePath = jest.fn<(path: string) => void>()
jest.unstable_mockModule('next/cache', () => ({
  revalidateTag,
  revalidatePath,
  unstable_cache: (fn: unknown) => fn,
}))

// Everything that reaches next/cache is imported after the mock is in place.
const { make, uniqueYear } = await import('@/tests/helpers/factories')
const { seed } = await import('@/seed')
const { createLocalReq } = await import('payload')
const { revalidationKey } = await import('@/lib/revalidation')
const { POST: revalidateRoute } = await import('@/app/(frontend)/revalidate/route')

const app = setupRecord()

/** Forgets what was revalidated so far: what a test looks at starts here. */
const forgetCalls = () => {
  revalidateTag.mockReset()
  revalidatePath.mockReset()
}
beforeEach(forgetCalls)

const tags = () => revalidateTag.mock.calls.map(([tag, profile]) => ({ tag, profile }))
const paths = () => [...new Set(revalidatePath.mock.calls.map(([path]) => path))].sort()
const expectNothingRevalidated = () => {
  expect(revalidateTag).not.toHaveBeenCalled()
  expect(revalidatePath).not.toHaveBeenCalled()
}
/** Expired at once: the next visitor gets the new page, not a last stale copy. */
const expired = (tag: string) => [{ tag, profile: { expire: 0 } }]
/** The tag expired at once, and exactly these pages revalidated. */
const expectRevalidated = (tag: string, pages: readonly string[]) => {
  expect(tags()).toEqual(expired(tag))
  expect(paths()).toEqual([...pages].sort())
}

describe('speakers', () => {
  const speakerPages = (...pages: string[]) => ['/sitemap.xml', '/speakers', ...pages]

  /** A published speaker, saved before what the test looks at. */
  const publishedSpeaker = async (name: string) => {
    const speaker = await make.speaker(app.payload, 'published', { name })
    forgetCalls()
    return speaker
  }
  const updateSpeaker = (
    id: number,
    data: Partial<Speaker>,
    options: { draft?: boolean; autosave?: boolean } = {},
  ) => app.payload.update({ collection: 'speakers', id, data, ...options })

  it('publishing a new speaker refreshes their page, the directory and the sitemap', async () => {
    const speaker = await make.speaker(app.payload, 'published', { name: 'Nina Newcomer' })
    expectRevalidated('record:speakers', speakerPages('/speakers/nina-newcomer'))
    expect(speaker.slug).toBe('nina-newcomer')
  })

  it('creating or editing a draft that was never published refreshes nothing', async () => {
    const draft = await make.speaker(app.payload, 'draft', { name: 'Drafty Person' })
    await updateSpeaker(draft.id, { role: 'x' }, { draft: true })
    expectNothingRevalidated()
  })

  it('saving a draft over a published speaker (autosave included) refreshes nothing', async () => {
    const speaker = await publishedSpeaker('Steady Speaker')
    await updateSpeaker(speaker.id, { name: 'Work in progress' }, { draft: true })
    await updateSpeaker(
      speaker.id,
      { name: 'Work in progress, more' },
      { draft: true, autosave: true },
    )
    expectNothingRevalidated()
  })

  it.each([
    {
      change: 'publishing an edit refreshes every page that shows the speaker',
      name: 'Edith Edited',
      data: { role: 'Chair', roleRecordedIn: 2026 },
      pages: ['/speakers/edith-edited'],
    },
    {
      change: 'unpublishing refreshes the page (now a 404) and the listings',
      name: 'Una Unpublished',
      data: { _status: 'draft' },
      pages: ['/speakers/una-unpublished'],
    },
    {
      change: 'renaming the slug refreshes the old address and the new one',
      name: 'Rita Renamed',
      data: { slug: 'rita-new-name' },
      pages: ['/speakers/rita-new-name', '/speakers/rita-renamed'],
    },
  ] satisfies Array<{ change: string; name: string; data: Partial<Speaker>; pages: string[] }>)(
    '$change',
    async ({ name, data, pages }) => {
      const speaker = await publishedSpeaker(name)
      await updateSpeaker(speaker.id, data)
      expectRevalidated('record:speakers', speakerPages(...pages))
    },
  )

  it('deleting a published speaker refreshes their page and the listings; deleting a draft nothing', async () => {
    const draft = await make.speaker(app.payload, 'draft', { name: 'Never Shown' })
    const speaker = await publishedSpeaker('Dee Deleted')
    await app.payload.delete({ collection: 'speakers', id: draft.id })
    expectNothingRevalidated()
    await app.payload.delete({ collection: 'speakers', id: speaker.id })
    expectRevalidated('record:speakers', speakerPages('/speakers/dee-deleted'))
  })
})

describe('sessions and assemblies', () => {
  it('publishing a session refreshes it, its assembly, the home page and the sitemap', async () => {
    const assembly = await make.assembly(app.payload, 'published')
    forgetCalls()
    const session = await make.session(app.payload, 'published', {
      assembly: assembly.id,
      title: 'A new panel',
    })
    expectRevalidated('record:sessions', [
      '/',
      `/assemblies/${assembly.year}`,
      `/assemblies/${assembly.year}/a-new-panel`,
      '/sitemap.xml',
    ])
    expect(session.slug).toBe('a-new-panel')
  })

  it('moving a session to another assembly refreshes both assemblies and both addresses', async () => {
    const from = await make.assembly(app.payload, 'published')
    const to = await make.assembly(app.payload, 'published')
    const session = await make.session(app.payload, 'published', {
      assembly: from.id,
      title: 'Travelling',
    })
    forgetCalls()
    await app.payload.update({ collection: 'sessions', id: session.id, data: { assembly: to.id } })
    expect(paths()).toEqual(
      [
        '/',
        `/assemblies/${from.year}`,
        `/assemblies/${from.year}/travelling`,
        `/assemblies/${to.year}`,
        `/assemblies/${to.year}/travelling`,
        '/sitemap.xml',
      ].sort(),
    )
  })

  it('publishing, changing the year of and unpublishing an assembly refresh the archive and home', async () => {
    const assembly = await make.assembly(app.payload, 'draft')
    expectNothingRevalidated()
    await app.payload.update({
      collection: 'assemblies',
      id: assembly.id,
      data: { _status: 'published' },
    })
    expectRevalidated('record:assemblies', [
      '/',
      '/assemblies',
      `/assemblies/${assembly.year}`,
      '/sitemap.xml',
    ])

    revalidatePath.mockReset()
    const newYear = uniqueYear()
    await app.payload.update({ collection: 'assemblies', id: assembly.id, data: { year: newYear } })
    expect(paths()).toEqual(
      [
        '/',
        '/assemblies',
        `/assemblies/${assembly.year}`,
        `/assemblies/${newYear}`,
        '/sitemap.xml',
      ].sort(),
    )

    revalidatePath.mockReset()
    await app.payload.update({
      collection: 'assemblies',
      id: assembly.id,
      data: { _status: 'draft' },
    })
    expect(paths()).toEqual(['/', '/assemblies', `/assemblies/${newYear}`, '/sitemap.xml'])
  })
})

describe('wins, organisations, topics and media', () => {
  it('a win refreshes its page, the wins list and the home page', async () => {
    const win = await make.win(app.payload, 'published', { title: 'A fresh win' })
    expectRevalidated('record:wins', ['/', '/sitemap.xml', '/wins', '/wins/a-fresh-win'])
    forgetCalls()
    await app.payload.delete({ collection: 'wins', id: win.id })
    expectRevalidated('record:wins', ['/', '/sitemap.xml', '/wins', '/wins/a-fresh-win'])
  })

  it('an organisation refreshes its page and the directory', async () => {
    await make.organisation(app.payload, 'published', { name: 'Orga Nisation' })
    expectRevalidated('record:organisations', [
      '/organisations',
      '/organisations/orga-nisation',
      '/sitemap.xml',
    ])
  })

  it('a topic (no drafts) refreshes on every save', async () => {
    const topic = await make.topic(app.payload)
    expectRevalidated('record:topics', ['/sitemap.xml', '/topics', `/topics/${topic.slug}`])
  })

  it('an image refreshes every page that shows images, through its tag', async () => {
    await make.media(app.payload, { alt: 'A portrait' })
    expectRevalidated('record:media', [])
  })

  it('a source refreshes every page that cites sources through its tag, once published', async () => {
    const source = await make.source(app.payload, 'draft', { title: 'A draft source' })
    expectNothingRevalidated()
    await app.payload.update({
      collection: 'sources',
      id: source.id,
      data: { _status: 'published' },
    })
    // It has no page of its own, so no address and no sitemap change.
    expectRevalidated('record:sources', [])
    forgetCalls()
    await app.payload.update({ collection: 'sources', id: source.id, data: { _status: 'draft' } })
    expect(tags()).toEqual(expired('record:sources'))
  })
})

describe('when there is nothing to revalidate', () => {
  it('the seed writes the whole record without revalidating (disableRevalidate)', async () => {
    await seed(app.payload)
    expectNothingRevalidated()
  })

  it('a write with disableRevalidate in its context revalidates nothing', async () => {
    const req = await createLocalReq({ context: { disableRevalidate: true } }, app.payload)
    await app.payload.create({
      collection: 'speakers',
      data: { name: 'Imported Person', _status: 'published' },
      req,
    })
    expectNothingRevalidated()
  })

  it('a failing revalidation is logged and does not undo or fail the save', async () => {
    revalidateTag.mockImplementationOnce(() => {
      throw new Error('cache unavailable')
    })
    const error = jest.spyOn(app.payload.logger, 'error').mockImplementation(() => undefined)
    const speaker = await make.speaker(app.payload, 'published', { name: 'Still Saved' })
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ msg: 'Could not revalidate record:speakers' }),
    )
    error.mockRestore()
    const found = await app.payload.findByID({ collection: 'speakers', id: speaker.id })
    expect(found.name).toBe('Still Saved')
  })

  it('outside a Next.js request (scripts, jest) revalidation is skipped quietly', async () => {
    revalidateTag.mockImplementationOnce(() => {
      throw new Error('Invariant: static generation store missing in revalidateTag(record:wins)')
    })
    const error = jest.spyOn(app.payload.logger, 'error')
    await make.win(app.payload, 'published')
    expect(error).not.toHaveBeenCalled()
    error.mockRestore()
  })
})

describe('inside the Next.js server but outside a request (scheduled publishing)', () => {
  afterEach(() => {
    delete process.env.NEXT_RUNTIME
    jest.restoreAllMocks()
  })

  it('hands the plan to the server’s revalidation route once the write is committed', async () => {
    const win = await make.win(app.payload, 'draft', { title: 'A scheduled win' })
    // Inside the Next.js server (Next sets NEXT_RUNTIME there).
    process.env.NEXT_RUNTIME = 'nodejs'
    const calls: { url: string; key: string | null; body: unknown; committed: boolean }[] = []
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      // Read outside the write's transaction: the published win must already be visible.
      const visible = await app.payload.count({
        collection: 'wins',
        where: { id: { equals: win.id } },
        overrideAccess: false,
      })
      calls.push({
        url: String(url),
        key: new Headers(init?.headers).get('x-picum-revalidate'),
        body: JSON.parse(String(init?.body)),
        committed: visible.totalDocs === 1,
      })
      return new Response(null, { status: 204 })
    })

    await runScheduledPublish(app.payload, {
      type: 'publish',
      doc: { relationTo: 'wins', value: win.id },
    })
    for (let i = 0; i < 200 && calls.length === 0; i++) await new Promise((r) => setTimeout(r, 25))

    expect(calls).toEqual([
      {
        // This process, over loopback: never the public address, which may lead elsewhere.
        url: 'http://127.0.0.1:3000/revalidate',
        key: revalidationKey(),
        body: {
          tags: ['record:wins'],
          paths: expect.arrayContaining(['/', '/wins', '/wins/a-scheduled-win', '/sitemap.xml']),
        },
        committed: true,
      },
    ])
  })
})

describe('inside the Next.js server, a REST call (every save in the admin)', () => {
  afterEach(() => {
    delete process.env.NEXT_RUNTIME
    jest.restoreAllMocks()
  })

  it('is revalidated by Next at the end of the request, not sent to the route', async () => {
    process.env.NEXT_RUNTIME = 'nodejs'
    const fetchSpy = jest.spyOn(globalThis, 'fetch')
    const req = await createLocalReq({}, app.payload)
    req.payloadAPI = 'REST'
    await app.payload.create({
      collection: 'organisations',
      data: { name: 'Via The Admin', kind: 'ngo', _status: 'published' },
      req,
    })
    expect(tags()).toEqual(expired('record:organisations'))
    expect(paths()).toContain('/organisations/via-the-admin')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('the revalidation route', () => {
  const post = (body: unknown, key: string | null = revalidationKey()) =>
    revalidateRoute(
      new Request('http://localhost/revalidate', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(key ? { 'x-picum-revalidate': key } : {}),
        },
        body: JSON.stringify(body),
      }),
    )

  it('refuses a request without the server’s key', async () => {
    expect((await post({ tags: ['record:wins'], paths: ['/wins'] }, null)).status).toBe(401)
    expect((await post({ tags: ['record:wins'], paths: ['/wins'] }, 'guessed')).status).toBe(401)
    expectNothingRevalidated()
  })

  it('refuses tags it does not know and paths that are not paths', async () => {
    expect((await post({ tags: ['something-else'], paths: [] })).status).toBe(400)
    expect((await post({ tags: [], paths: ['https://elsewhere.example'] })).status).toBe(400)
    expect((await post('not a plan')).status).toBe(400)
    expectNothingRevalidated()
  })

  it('expires the tags and revalidates the paths it is sent', async () => {
    const response = await post({ tags: ['record:wins'], paths: ['/wins', '/wins/a-win'] })
    expect(response.status).toBe(204)
    expectRevalidated('record:wins', ['/wins', '/wins/a-win'])
  })
})
