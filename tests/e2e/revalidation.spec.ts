import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, test as base } from '@playwright/test'
import { tsImport } from 'tsx/esm/api'

import type * as payloadHelpers from '@/tests/helpers/payload'

import { cleanUp, openAdminApi } from './helpers'

/**
 * What staff publish shows at once on the production server, on the document's own page and on
 * every page that lists or shows it, with no rebuild or restart; drafts never do. Staff write
 * through the REST API as the admin panel does, so the revalidation hooks run inside Next.js as in
 * production. Visitors are anonymous requests, and each page is asked for exactly once after a
 * change: nothing is retried, because the first visitor after a publish must see it (on Next 16 a
 * stale-while-revalidate tag would pass a retrying check and still fail staff). Before each change
 * the pages are visited once, so they are cached and the check proves the cache was refreshed.
 * The one wait is for the server's job queue, whose timer fires every minute.
 *
 * Each test makes its own record in the latest published assembly, the one the home page shows
 * (the seeded 2025 one), with names and slugs that end in a random tag, and deletes it afterwards,
 * so the tests run alone or in any order and leave the record as they found it. The only seeded
 * document they edit is that assembly's theme, which is put back.
 */

type Doc = { id: number; slug: string }
type Named = Doc & { name: string }
type Titled = Doc & { title: string }

/**
 * The REST API as the signed-in first admin. Every document a test creates through it is deleted
 * after the test, newest first (what refers to a document goes before it), passed or failed.
 */
type Admin = {
  userId: number
  send: (method: Method, path: string, data?: object) => Promise<Doc>
  find: (path: string) => Promise<Array<Doc & Record<string, unknown>>>
}
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const test = base.extend<{ admin: Admin }>({
  admin: async ({ playwright }, provide) => {
    const api = await openAdminApi(playwright)
    const created: string[] = []
    const call = (method: Method, path: string, data?: object) =>
      api.send<{ doc?: Doc; docs?: Array<Doc & Record<string, unknown>> }>(method, path, data)
    await provide({
      userId: api.userId,
      send: async (method, path, data) => {
        const { doc } = await call(method, path, data)
        if (method === 'POST') created.push(`${path.split('?')[0]}/${doc!.id}`)
        return doc!
      },
      find: async (path) => (await call('GET', path)).docs ?? [],
    })
    // A test may have deleted one itself: a 404 means it is gone already.
    await cleanUp(
      ...created.reverse().map((path) => async () => {
        const response = await api.request.delete(`/api${path}`, { headers: api.headers })
        expect([200, 404], `DELETE /api${path}: ${await response.text()}`).toContain(
          response.status(),
        )
      }),
    )
    await api.dispose()
  },
})

/** Six hex digits: slugs of different tests never contain one another. */
const newTag = () => randomBytes(3).toString('hex')

/** One anonymous request, as a visitor makes it. */
async function visit(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  return {
    status: response.status(),
    cache: response.headers()['x-nextjs-cache'],
    html: await response.text(),
  }
}

const shows = async (request: APIRequestContext, path: string, text: string) =>
  (await visit(request, path)).html.includes(text)

/** A link to the address: in a page's HTML, or as a sitemap entry. */
const linksTo = (html: string, address: string) =>
  html.includes(`href="${address}"`) || html.includes(`${address}</loc>`)

const links = async (request: APIRequestContext, path: string, address: string) =>
  linksTo((await visit(request, path)).html, address)

/** Mentions the address anywhere (a link, the sitemap, structured data): absence is total. */
const mentions = async (request: APIRequestContext, path: string, address: string) =>
  (await visit(request, path)).html.includes(address)

const statusOf = async (request: APIRequestContext, path: string) =>
  (await visit(request, path)).status

/** The assembly the home page shows. */
async function latestAssembly(admin: Admin): Promise<Doc & { year: number; theme: string }> {
  const [assembly] = await admin.find(
    '/assemblies?where[_status][equals]=published&sort=-year&depth=0&limit=1',
  )
  expect(assembly, 'a published assembly (the seed has 2025)').toBeDefined()
  return assembly as Doc & { year: number; theme: string }
}

/**
 * A published record in the latest assembly, linked the way the seeded one is: a topic, an
 * organisation, a speaker working there, a session in which the speaker spoke for it, and a win
 * the speaker presented at that session.
 */
async function createRecord(admin: Admin) {
  const tag = newTag()
  const assembly = await latestAssembly(admin)
  const published = { _status: 'published' }
  const topic: Named = {
    ...(await admin.send('POST', '/topics', {
      name: `Revalidated topic ${tag}`,
      slug: `revalidated-topic-${tag}`,
    })),
    name: `Revalidated topic ${tag}`,
  }
  const organisation: Named = {
    ...(await admin.send('POST', '/organisations', {
      name: `Revalidation Network ${tag}`,
      slug: `revalidation-network-${tag}`,
      kind: 'ngo',
      ...published,
    })),
    name: `Revalidation Network ${tag}`,
  }
  const speaker: Named = {
    ...(await admin.send('POST', '/speakers', {
      name: `Rosa Revalida ${tag}`,
      slug: `rosa-revalida-${tag}`,
      role: 'Coordinator',
      organisation: organisation.id,
      roleRecordedIn: 2026,
      ...published,
    })),
    name: `Rosa Revalida ${tag}`,
  }
  const session: Titled = {
    ...(await admin.send('POST', '/sessions', {
      title: `Revalidation panel ${tag}`,
      slug: `revalidation-panel-${tag}`,
      assembly: assembly.id,
      format: 'panel',
      position: 90,
      topics: [topic.id],
      contributions: [
        {
          speaker: speaker.id,
          roleAtTheTime: 'Coordinator',
          organisationAtTheTime: organisation.id,
        },
      ],
      ...published,
    })),
    title: `Revalidation panel ${tag}`,
  }
  const win: Titled = {
    ...(await admin.send('POST', '/wins', {
      title: `Revalidation win ${tag}`,
      slug: `revalidation-win-${tag}`,
      country: 'BE',
      level: 'national',
      kind: 'policy',
      assembly: assembly.id,
      session: session.id,
      presenter: speaker.id,
      presenterOrganisation: organisation.id,
      topics: [topic.id],
      ...published,
    })),
    title: `Revalidation win ${tag}`,
  }
  return {
    tag,
    topic,
    organisation,
    speaker,
    session,
    win,
    pages: {
      topic: `/topics/${topic.slug}`,
      organisation: `/organisations/${organisation.slug}`,
      speaker: `/speakers/${speaker.slug}`,
      assembly: `/assemblies/${assembly.year}`,
      session: `/assemblies/${assembly.year}/${session.slug}`,
      win: `/wins/${win.slug}`,
    },
  }
}

test.describe('revalidation: what staff publish shows at once, drafts never', () => {
  test('public pages are static: a repeat visit is served from the cache', async ({ request }) => {
    await visit(request, '/speakers/lucia-maquieira')
    const cached = await visit(request, '/speakers/lucia-maquieira')
    expect(cached.status).toBe(200)
    expect(cached.cache, 'x-nextjs-cache').toBe('HIT')
  })

  test('an edit published to a speaker shows everywhere they appear; a draft never does', async ({
    admin,
    request,
  }) => {
    const record = await createRecord(admin)
    const { pages, speaker } = record
    const everywhere = [
      pages.speaker,
      '/speakers',
      pages.session,
      pages.assembly,
      '/',
      pages.organisation,
      pages.win,
    ]
    for (const path of everywhere) {
      expect.soft(await shows(request, path, speaker.name), `before: ${path} shows them`).toBe(true)
    }

    const published = `Rosa Published ${record.tag}`
    await admin.send('PATCH', `/speakers/${speaker.id}`, { name: published, _status: 'published' })
    for (const path of everywhere) {
      const { html } = await visit(request, path)
      expect
        .soft(
          html.includes(published) && !html.includes(speaker.name),
          `${path} shows the new name`,
        )
        .toBe(true)
    }

    const draft = `Rosa Draft ${record.tag}`
    await admin.send('PATCH', `/speakers/${speaker.id}?draft=true`, { name: draft })
    const showingThem = [pages.speaker, '/speakers', pages.session]
    for (const path of showingThem) {
      const { html } = await visit(request, path)
      expect
        .soft(
          html.includes(published) && !html.includes(draft),
          `${path} still shows the published name`,
        )
        .toBe(true)
    }

    // The pages above were not re-rendered: the draft did not touch them. Publishing their
    // organisation's new name re-renders them from the database, which must still read only the
    // published speaker.
    const organisation = `Revalidation Alliance ${record.tag}`
    await admin.send('PATCH', `/organisations/${record.organisation.id}`, {
      name: organisation,
      _status: 'published',
    })
    for (const path of showingThem) {
      const { html } = await visit(request, path)
      expect
        .soft(
          html.includes(organisation) && html.includes(published) && !html.includes(draft),
          `${path}, re-rendered, shows the published name and not the draft`,
        )
        .toBe(true)
    }
  })

  test('renaming a slug moves the page and every link to it', async ({ admin, request }) => {
    const { pages, speaker, tag } = await createRecord(admin)
    const renamed = `/speakers/renamed-${tag}-rosa`
    // Visit both addresses first: the new one's 404 is cached and must be replaced.
    expect.soft(await statusOf(request, pages.speaker), 'before: the old address').toBe(200)
    expect.soft(await statusOf(request, renamed), 'before: the new address').toBe(404)
    for (const path of ['/speakers', pages.session, '/sitemap.xml']) {
      expect.soft(await links(request, path, pages.speaker), `before: ${path} links it`).toBe(true)
    }

    await admin.send('PATCH', `/speakers/${speaker.id}`, {
      slug: `renamed-${tag}-rosa`,
      _status: 'published',
    })
    expect.soft(await statusOf(request, renamed), 'the new address answers').toBe(200)
    expect.soft(await statusOf(request, pages.speaker), 'the old address answers').toBe(404)
    for (const path of ['/speakers', pages.session, '/sitemap.xml']) {
      const { html } = await visit(request, path)
      expect
        .soft(
          linksTo(html, renamed) && !html.includes(pages.speaker),
          `${path} links the new address, not the old one`,
        )
        .toBe(true)
    }
  })

  test('unpublishing a win takes it off every page; publishing it again brings it back', async ({
    admin,
    request,
  }) => {
    const { pages, win } = await createRecord(admin)
    const listings = [
      '/wins',
      pages.assembly,
      '/',
      pages.session,
      pages.speaker,
      pages.organisation,
      pages.topic,
      '/sitemap.xml',
    ]
    expect.soft(await statusOf(request, pages.win), 'before: its page').toBe(200)
    for (const path of listings) {
      expect.soft(await links(request, path, pages.win), `before: ${path} lists it`).toBe(true)
    }

    await admin.send('PATCH', `/wins/${win.id}`, { _status: 'draft' })
    expect.soft(await statusOf(request, pages.win), 'unpublished: its page').toBe(404)
    for (const path of listings) {
      expect
        .soft(await mentions(request, path, pages.win), `${path} no longer lists it`)
        .toBe(false)
    }

    await admin.send('PATCH', `/wins/${win.id}`, { _status: 'published' })
    expect.soft(await statusOf(request, pages.win), 'published again: its page').toBe(200)
    for (const path of listings) {
      expect.soft(await links(request, path, pages.win), `${path} lists it again`).toBe(true)
    }
  })

  test('a speaker published after the build gets a page, replacing a 404 seen before', async ({
    admin,
    request,
  }) => {
    const { organisation, pages, tag } = await createRecord(admin)
    const name = `Nadia Newly ${tag}`
    const page = `/speakers/nadia-newly-${tag}`
    expect.soft(await statusOf(request, page), 'before: their address').toBe(404)
    for (const path of ['/speakers', pages.organisation, '/sitemap.xml']) {
      expect
        .soft(await mentions(request, path, page), `before: ${path} does not list them`)
        .toBe(false)
    }

    await admin.send('POST', '/speakers', {
      name,
      role: 'Coordinator',
      organisation: organisation.id,
      roleRecordedIn: 2026,
      _status: 'published',
    })
    expect.soft(await statusOf(request, page), 'after: their address').toBe(200)
    expect.soft(await shows(request, '/speakers', name), '/speakers lists them').toBe(true)
    expect
      .soft(await shows(request, pages.organisation, name), 'their organisation lists them')
      .toBe(true)
    expect.soft(await links(request, '/sitemap.xml', page), 'the sitemap lists them').toBe(true)
  })

  test('session and assembly edits show on the programme and the home page', async ({
    admin,
    request,
  }) => {
    const { pages, session, tag } = await createRecord(admin)
    const programme = [pages.session, pages.assembly, '/', pages.topic]
    for (const path of programme) {
      expect.soft(await shows(request, path, session.title), `before: ${path}`).toBe(true)
    }
    const title = `Revalidation workshop ${tag}`
    await admin.send('PATCH', `/sessions/${session.id}`, { title, _status: 'published' })
    for (const path of programme) {
      const { html } = await visit(request, path)
      expect
        .soft(
          html.includes(title) && !html.includes(session.title),
          `${path} shows the new session title`,
        )
        .toBe(true)
    }

    // The home page shows the latest assembly's theme: edit it, then put it back.
    const assembly = await latestAssembly(admin)
    const theme = `A theme edited after the build ${tag}`
    const showingTheme = ['/', '/assemblies', pages.assembly]
    // Visited so that they are cached, but not asserted: with --no-build, .next still holds the
    // pages an earlier run rendered from its own database until something revalidates them.
    for (const path of showingTheme) await visit(request, path)
    try {
      await admin.send('PATCH', `/assemblies/${assembly.id}`, { theme, _status: 'published' })
      for (const path of showingTheme) {
        expect.soft(await shows(request, path, theme), `${path} shows the new theme`).toBe(true)
      }
    } finally {
      await admin.send('PATCH', `/assemblies/${assembly.id}`, {
        theme: assembly.theme,
        _status: 'published',
      })
    }
    // Putting it back shows at once too, and leaves these pages cached as the seed has them.
    for (const path of showingTheme) {
      const { html } = await visit(request, path)
      expect
        .soft(
          html.includes(assembly.theme) && !html.includes(theme),
          `${path} shows the theme put back`,
        )
        .toBe(true)
    }
  })

  test('a scheduled unpublish, run by the job queue inside the server, shows at once', async ({
    admin,
    request,
  }) => {
    // The queue's timer fires once a minute: up to ~70 s of waiting, plus making the record.
    test.setTimeout(150_000)
    const { pages, win } = await createRecord(admin)
    const listings = ['/wins', pages.assembly, '/']
    expect.soft(await statusOf(request, pages.win), 'before: its page').toBe(200)
    for (const path of listings) {
      expect.soft(await links(request, path, pages.win), `before: ${path} lists it`).toBe(true)
    }

    // The admin's schedule drawer queues this job through a server function, which has no REST
    // route; queue the same job through the Local API. This process starts no queue timer of its
    // own (getPayload without `cron`): only the server runs it. The Payload config is loaded with
    // tsx, as the scripts load it: Playwright's loader resolves bare imports such as `next/cache`
    // strictly and fails on them. Loaded here, not at the top, so other specs never load it.
    const { closeTestPayload, getTestPayload } = (await tsImport(
      '@/tests/helpers/payload',
      import.meta.url,
    )) as typeof payloadHelpers
    const payload = await getTestPayload()
    try {
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'unpublish',
          doc: { relationTo: 'wins', value: win.id },
          user: { relationTo: 'users', value: admin.userId },
        },
        waitUntil: new Date(Date.now() - 1_000),
      })
      // Payload deletes a job once it completes (or marks it completed when told to keep it).
      const jobState = async () => {
        const { docs } = await payload.find({
          collection: 'payload-jobs',
          where: { id: { equals: job.id } },
          depth: 0,
          limit: 1,
          pagination: false,
        })
        const found = docs[0]
        if (!found || found.completedAt) return 'done'
        return found.hasError ? `failed: ${JSON.stringify(found.error)}` : 'waiting'
      }
      await expect
        .poll(jobState, {
          message: 'the job queue ran the scheduled unpublish',
          timeout: 75_000,
          intervals: [1_000],
        })
        .not.toBe('waiting')
      expect(await jobState(), 'the scheduled unpublish').toBe('done')
    } finally {
      await closeTestPayload(payload)
    }
    // The hook hands this revalidation to the server's route once the job's write has committed,
    // a moment after the job is done: allow that request.
    await new Promise((resolve) => setTimeout(resolve, 1_000))

    expect.soft(await statusOf(request, pages.win), 'its page').toBe(404)
    for (const path of listings) {
      expect
        .soft(await mentions(request, path, pages.win), `${path} no longer lists it`)
        .toBe(false)
    }
  })

  test('deleting a topic removes its page and its listings', async ({ admin, request }) => {
    const tag = newTag()
    const name = `Deleted topic ${tag}`
    const page = `/topics/deleted-topic-${tag}`
    const topic = await admin.send('POST', '/topics', {
      name,
      description: 'Made and deleted by the revalidation journey.',
    })
    expect.soft(await statusOf(request, page), 'a new topic answers').toBe(200)
    expect.soft(await shows(request, '/topics', name), '/topics lists it').toBe(true)
    expect.soft(await links(request, '/sitemap.xml', page), 'the sitemap lists it').toBe(true)

    await admin.send('DELETE', `/topics/${topic.id}`)
    expect.soft(await statusOf(request, page), 'after deleting it, it answers').toBe(404)
    expect.soft(await shows(request, '/topics', name), '/topics no longer lists it').toBe(false)
    expect
      .soft(await mentions(request, '/sitemap.xml', page), 'the sitemap no longer lists it')
      .toBe(false)
  })
})
