/**
 * The long lists that continue on later pages (/speakers/page/N, a speaker's, an organisation's
 * and a topic's later appearances), rendered as Next.js renders them: a page that exists shows
 * its share of the list and the way back; page 1's address leads to the list's first page; any
 * other number, or anything that is not one, is the site's 404 page.
 */
import { isValidElement, type ReactNode } from 'react'

import OrganisationAppearancesPage from '@/app/(frontend)/organisations/[slug]/appearances/[page]/page'
import OrganisationPage from '@/app/(frontend)/organisations/[slug]/page'
import SpeakerAppearancesPage from '@/app/(frontend)/speakers/[slug]/appearances/[page]/page'
import SpeakerPage from '@/app/(frontend)/speakers/[slug]/page'
import SpeakersPage from '@/app/(frontend)/speakers/page'
import SpeakersPageN, * as speakersPageRoute from '@/app/(frontend)/speakers/page/[page]/page'
import TopicPage from '@/app/(frontend)/topics/[slug]/page'
import TopicSessionsPage from '@/app/(frontend)/topics/[slug]/sessions/[page]/page'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import type { Assembly, Organisation, Speaker, Topic } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { all, expectAccessibleStructure, h1, hrefs, text } from '@/tests/helpers/html'
import { render, withParams } from '@/tests/helpers/render'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

let assembly: Assembly
let regular: Speaker
let organisation: Organisation
let topic: Topic

/** 21 sessions, one more than a page holds, all with the same speaker, organisation and topic. */
beforeAll(async () => {
  assembly = await make.assembly(app.payload, 'published')
  regular = await make.speaker(app.payload, 'published', { name: 'Rhea Regular' })
  organisation = await make.organisation(app.payload, 'published')
  topic = await make.topic(app.payload)
  for (let position = 1; position <= 21; position++) {
    await make.session(app.payload, 'published', {
      assembly: assembly.id,
      position,
      title: `Session number ${position}`,
      topics: [topic.id],
      contributions: [{ speaker: regular.id, organisationAtTheTime: organisation.id }],
    })
  }
  // Neither a draft session nor a session of a draft assembly makes a 22nd.
  await make.session(app.payload, 'draft', {
    assembly: assembly.id,
    position: 22,
    title: 'A draft session',
    topics: [topic.id],
    contributions: [{ speaker: regular.id, organisationAtTheTime: organisation.id }],
  })
  const draftAssembly = await make.assembly(app.payload, 'draft')
  await make.session(app.payload, 'published', {
    assembly: draftAssembly.id,
    title: 'A session of a draft assembly',
    topics: [topic.id],
    contributions: [{ speaker: regular.id, organisationAtTheTime: organisation.id }],
  })
  // 48 more published speakers, and a draft one, for a second page of /speakers.
  for (let i = 0; i < 48; i++) await make.speaker(app.payload, 'published')
  await make.speaker(app.payload, 'draft', { name: 'Zed Draft' })
}, 240_000)

async function renderPage(page: ReactNode | Promise<ReactNode>): Promise<string> {
  const html = await render(page)
  expectAccessibleStructure(html)
  return html
}

/** The page is the site's 404 page; its metadata, the 404 page's. */
async function expectNotFound(run: () => unknown) {
  const result = await run()
  if (isValidElement(result)) expect(result.type).toBe(NotFoundPage)
  else expect(result).toBe(notFoundMetadata)
}

/** Next.js redirects by throwing; the address is in the error's digest. */
async function expectRedirect(run: () => unknown, to: string) {
  await expect(Promise.resolve().then(run)).rejects.toMatchObject({
    digest: expect.stringContaining(`;${to};`),
  })
}

const sessionTitles = (html: string) =>
  all(html, '.timeline__title').map((title) => text(title).trim())

describe('/speakers/page/[page]', () => {
  it('shows 48 published speakers on page 1 and the rest on page 2, the draft on neither', async () => {
    const first = await renderPage(SpeakersPage())
    expect(all(first, '.person')).toHaveLength(48)
    expect(hrefs(first)).toContain('/speakers/page/2')
    const second = await renderPage(SpeakersPageN(withParams({ page: '2' })))
    // 49 published speakers in all.
    expect(all(second, '.person')).toHaveLength(1)
    expect(hrefs(second)).toContain('/speakers')
    expect(`${first}${second}`).not.toContain('Zed Draft')
    expect(await speakersPageRoute.generateStaticParams()).toEqual([{ page: '2' }])
  })

  it('sends page 1 to /speakers', async () => {
    await expectRedirect(() => SpeakersPageN(withParams({ page: '1' })), '/speakers')
  })

  it.each(['3', '0', '02', '-1', 'abc', '1e3', '9999999', '%E0%A4%A'])(
    'answers 404 for %s',
    async (page) => {
      await expectNotFound(() => SpeakersPageN(withParams({ page })))
      await expectNotFound(() => speakersPageRoute.generateMetadata(withParams({ page })))
    },
  )
})

describe.each([
  {
    route: '/speakers/[slug]/appearances/[page]',
    First: SpeakerPage,
    Later: SpeakerAppearancesPage,
    slug: () => regular.slug!,
    base: () => `/speakers/${regular.slug}`,
    more: 'appearances',
  },
  {
    route: '/organisations/[slug]/appearances/[page]',
    First: OrganisationPage,
    Later: OrganisationAppearancesPage,
    slug: () => organisation.slug!,
    base: () => `/organisations/${organisation.slug}`,
    more: 'appearances',
  },
  {
    route: '/topics/[slug]/sessions/[page]',
    First: TopicPage,
    Later: TopicSessionsPage,
    slug: () => topic.slug!,
    base: () => `/topics/${topic.slug}`,
    more: 'sessions',
  },
])('$route', ({ First, Later, slug, base, more }) => {
  it('shows the newest 20 on the record’s page and the 21st on page 2, drafts on neither', async () => {
    const first = await renderPage(First(withParams({ slug: slug() })))
    expect(sessionTitles(first)).toHaveLength(20)
    expect(hrefs(first)).toContain(`${base()}/${more}/2`)
    const second = await renderPage(Later(withParams({ slug: slug(), page: '2' })))
    expect(sessionTitles(second)).toEqual(['Session number 21'])
    expect(h1(second)).toBeTruthy()
    // Back to page 1, on the record's own page.
    expect(hrefs(second)).toContain(`${base()}#${more}`)
    expect(`${first}${second}`).not.toMatch(/A draft session|A session of a draft assembly/)
  })

  it('sends page 1 to the record’s page', async () => {
    await expectRedirect(() => Later(withParams({ slug: slug(), page: '1' })), base())
  })

  it.each(['3', '0', 'x', '2.5', '%E0%A4%A'])('answers 404 for page %s', async (page) => {
    await expectNotFound(() => Later(withParams({ slug: slug(), page })))
  })

  it('answers 404 for an unknown or malformed slug', async () => {
    await expectNotFound(() => Later(withParams({ slug: 'nobody-here', page: '2' })))
    await expectNotFound(() => Later(withParams({ slug: '%E0%A4%A', page: '2' })))
  })
})
