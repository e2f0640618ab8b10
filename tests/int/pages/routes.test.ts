/**
 * Every public route, rendered the way Next.js renders it on the server: the page component and
 * its generateMetadata are called with route params and the result rendered to HTML. A found
 * document gives a page (one h1, headings in order, alt on every image); anything else, from an
 * unknown slug to encoded junk, gives the site's 404 page (components/NotFoundPage, which
 * calls notFound() so that Next.js answers with a 404; the browser journeys check the status and
 * that the page is there without JavaScript).
 */
import type { Metadata } from 'next'
import { NextRequest } from 'next/server'
import { isValidElement, type ReactNode } from 'react'

import AddressNotFound from '@/app/(frontend)/address-not-found/page'
import SessionPage, * as sessionRoute from '@/app/(frontend)/assemblies/[year]/[session]/page'
import AssemblyPage, * as assemblyRoute from '@/app/(frontend)/assemblies/[year]/page'
import AssembliesPage from '@/app/(frontend)/assemblies/page'
import FrontendLayout, { metadata as layoutMetadata } from '@/app/(frontend)/layout'
import NotFound from '@/app/(frontend)/not-found'
import OrganisationPage, * as organisationRoute from '@/app/(frontend)/organisations/[slug]/page'
import OrganisationsPage from '@/app/(frontend)/organisations/page'
import HomePage, { generateMetadata as homeMetadata } from '@/app/(frontend)/page'
import sitemap from '@/app/(frontend)/sitemap'
import SpeakerPage, * as speakerRoute from '@/app/(frontend)/speakers/[slug]/page'
import SpeakersPage from '@/app/(frontend)/speakers/page'
import TopicPage, * as topicRoute from '@/app/(frontend)/topics/[slug]/page'
import TopicsPage from '@/app/(frontend)/topics/page'
import WinPage, * as winRoute from '@/app/(frontend)/wins/[slug]/page'
import WinsPage from '@/app/(frontend)/wins/page'
import GlobalNotFound from '@/app/global-not-found'
import robots from '@/app/robots'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import type { Assembly, Session, Source, Speaker, Win } from '@/payload-types'
import { proxy } from '@/proxy'
import { make } from '@/tests/helpers/factories'
import {
  all,
  expectAccessibleStructure,
  h1,
  hrefs,
  jsonLd,
  ldNode,
  one,
  parseHtml,
  text,
} from '@/tests/helpers/html'
import { render, withParams } from '@/tests/helpers/render'
import { seededAssembly, seededPages } from '@/tests/helpers/seededRecord'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })
let draftAssembly: Assembly
let draftSession: Session
let draftSpeaker: Speaker
let photographed: Speaker
let linkedSource: Source
let draftSource: Source
let citingWin: Win

beforeAll(async () => {
  draftAssembly = await make.assembly(app.payload, 'draft', { theme: 'A draft theme' })
  draftSession = await make.session(app.payload, 'draft', {
    assembly: (await seededAssembly(app.payload)).id,
    title: 'An unannounced session',
    position: 9,
  })
  draftSpeaker = await make.speaker(app.payload, 'draft', { name: 'Not Yet Public' })
  await make.organisation(app.payload, 'draft', { name: 'A Collective Not Yet Public' })
  await make.win(app.payload, 'draft', { title: 'A win not yet public' })
  const photo = await make.media(app.payload, { alt: 'Portrait of Pat Photographed at a lectern' })
  photographed = await make.speaker(app.payload, 'published', {
    name: 'Pat Photographed',
    photo: photo.id,
  })
  linkedSource = await make.source(app.payload, 'published', {
    title: 'A report with a link',
    publisher: 'A publisher',
    year: 2024,
    link: 'https://example.org/report',
  })
  draftSource = await make.source(app.payload, 'draft', {
    title: 'A source nobody has checked yet',
  })
  citingWin = await make.win(app.payload, 'published', {
    title: 'A win with two sources',
    citations: [
      { source: linkedSource.id, locator: 'Chapter 2' },
      { source: draftSource.id, locator: 'Annex' },
    ],
  })
})

/** A page answers with the 404 page, and its metadata with the 404 page's (noindex). */
async function expectNotFound(run: () => unknown) {
  const result = await run()
  if (isValidElement(result)) expect(result.type).toBe(NotFoundPage)
  else expect(result).toBe(notFoundMetadata)
}

/** A page's HTML, once it has the structure every page must have (one h1, labels, alt text). */
async function renderPage(page: ReactNode | Promise<ReactNode>): Promise<string> {
  const html = await render(page)
  expectAccessibleStructure(html)
  return html
}

/** The "Source: …" lines of a page, as read. */
const sourceLines = (html: string) =>
  all(html, 'p.source-line').map((line) => text(line).replace(/\s+,/g, ',').trim())

const REPORT = 'Resisting an increasingly hostile environment: PICUM General Assembly 2025'

const canonical = (meta: Metadata) => meta.alternates?.canonical

describe('the frontend layout', () => {
  it('has a language, a skip link to the main landmark, a header with navigation and a footer', async () => {
    const html = await render(FrontendLayout({ children: 'content' }))
    const page = parseHtml(html)
    expect(page.firstChild).toBe(one(page, 'html'))
    expect(one(page, 'html').attributes).toEqual({ lang: 'en' })
    const skip = one(page, 'a.skip-link')
    expect([skip.getAttribute('href'), skip.innerHTML]).toEqual(['#main', 'Skip to content'])
    expect(one(page, 'main#main').innerHTML).toBe('content')
    expect(all(page, 'header.site-header nav[aria-label="Main"]')).toHaveLength(1)
    expect(all(page, 'footer.site-footer')).toHaveLength(1)
    for (const href of ['/assemblies', '/speakers', '/organisations', '/wins', '/topics']) {
      expect(html).toContain(`href="${href}"`)
    }
  })

  it('sets metadataBase from NEXT_PUBLIC_SERVER_URL', () => {
    expect(String(layoutMetadata.metadataBase)).toBe(`${process.env.NEXT_PUBLIC_SERVER_URL}/`)
  })
})

describe('/', () => {
  it('shows the latest published assembly: theme, intro, programme with speakers, wins', async () => {
    const html = await renderPage(HomePage())
    expect(h1(html)).toBe('Resisting an increasingly hostile environment')
    expect(text(html)).toContain('Europe keeps moving towards the right')
    expect(sourceLines(html)).toEqual([`Source: ${REPORT}, PICUM — Opening paragraphs`])
    expect(html).toContain('href="/assemblies/2025/opportunities-in-hostile-times"')
    expect(html).toContain('href="/speakers/fatima-diallo"')
    expect(html).toContain('href="/wins/valencia-floods-regularisation"')
    // The ways into the archive, the directory and the wins.
    for (const href of ['/assemblies', '/speakers', '/organisations', '/wins']) {
      expect(html).toContain(`href="${href}"`)
    }
    // Not the draft assembly, although its year is later.
    expect(html).not.toContain('A draft theme')
    const meta = await homeMetadata()
    expect(canonical(meta)).toBe('/')
    expect(meta.description).toMatch(/^PICUM General Assembly 2025/)
  })
})

describe.each([
  {
    listing: '/assemblies',
    Page: AssembliesPage,
    shows: 'href="/assemblies/2025"',
    hides: () => [`href="/assemblies/${draftAssembly.year}"`],
  },
  {
    listing: '/speakers',
    Page: SpeakersPage,
    shows: 'href="/speakers/lucia-maquieira"',
    hides: () => ['Not Yet Public'],
  },
  {
    listing: '/organisations',
    Page: OrganisationsPage,
    shows: 'href="/organisations/red-acoge"',
    hides: () => ['A Collective Not Yet Public'],
  },
  {
    listing: '/wins',
    Page: WinsPage,
    shows: 'href="/wins/belgium-sex-workers-labour-law"',
    hides: () => ['A win not yet public'],
  },
  // Topics have no drafts.
  { listing: '/topics', Page: TopicsPage, shows: 'href="/topics/regularisation"', hides: () => [] },
])('$listing', ({ Page, shows, hides }) => {
  it('lists what is published, and none of the drafts', async () => {
    const html = await renderPage(Page())
    expect(html).toContain(shows)
    for (const draft of hides()) expect(html).not.toContain(draft)
  })
})

describe.each([
  {
    route: '/speakers/[slug]',
    Page: SpeakerPage,
    metadata: speakerRoute.generateMetadata,
    slugs: ['nobody', 'Lucia-Maquieira', '%E0%A4%A', 'lucia maquieira'],
  },
  {
    route: '/organisations/[slug]',
    Page: OrganisationPage,
    metadata: organisationRoute.generateMetadata,
    slugs: ['unknown-organisation', 'RED-ACOGE', '%E0%A4%A'],
  },
  {
    route: '/wins/[slug]',
    Page: WinPage,
    metadata: winRoute.generateMetadata,
    slugs: ['no-such-win', '%E0%A4%A'],
  },
  {
    route: '/topics/[slug]',
    Page: TopicPage,
    metadata: topicRoute.generateMetadata,
    slugs: ['no-such-topic', '%E0%A4%A'],
  },
])('$route', ({ Page, metadata, slugs }) => {
  it.each(slugs)('answers 404 for %s', async (slug) => {
    await expectNotFound(() => Page(withParams({ slug })))
    await expectNotFound(() => metadata(withParams({ slug })))
  })
})

describe('/assemblies/[year]', () => {
  it('renders an assembly in full, its source, and an Event on a page based on the report in JSON-LD', async () => {
    const html = await renderPage(AssemblyPage(withParams({ year: '2025' })))
    expect(h1(html)).toBe('PICUM General Assembly 2025')
    expect(text(html)).toContain('Resisting an increasingly hostile environment')
    expect(text(html)).toContain('Finding hope: wins and inspirations from the network')
    expect(text(html)).toContain('Lucía Maquieira')
    expect(html).not.toContain('An unannounced session')
    expect(sourceLines(html)).toEqual([`Source: ${REPORT}, PICUM — Opening paragraphs`])
    expect(ldNode(html, 'Event')).toMatchObject({
      name: 'PICUM General Assembly 2025',
      startDate: '2025',
      url: expect.stringMatching(/\/assemblies\/2025$/),
    })
    const page = ldNode(html, 'WebPage')!
    expect(page.mainEntity).toEqual({ '@id': ldNode(html, 'Event')!['@id'] })
    expect(page.isBasedOn).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Opening paragraphs',
        isPartOf: {
          '@type': 'CreativeWork',
          name: REPORT,
          publisher: { '@type': 'Organization', name: 'PICUM' },
        },
      },
    ])
    const meta = await assemblyRoute.generateMetadata(withParams({ year: '2025' }))
    expect(canonical(meta)).toBe('/assemblies/2025')
    expect(meta.openGraph).toMatchObject({ url: '/assemblies/2025' })
  })

  it.each(['abc', '99999', '2024', '20 25', '%E0%A4%A'])('answers 404 for %s', async (year) => {
    await expectNotFound(() => AssemblyPage(withParams({ year })))
    await expectNotFound(() => assemblyRoute.generateMetadata(withParams({ year })))
  })

  it('answers 404 for a draft assembly and leaves it out of the static params', async () => {
    await expectNotFound(() => AssemblyPage(withParams({ year: String(draftAssembly.year) })))
    expect(await assemblyRoute.generateStaticParams()).toEqual([{ year: '2025' }])
  })
})

describe('/assemblies/[year]/[session]', () => {
  it('renders each contribution with the speaker, their role and organisation at the time', async () => {
    const html = await renderPage(
      SessionPage(withParams({ year: '2025', session: 'finding-hope' })),
    )
    expect(h1(html)).toBe('Finding hope: wins and inspirations from the network')
    const body = text(html)
    expect(body).toContain('Lucía Maquieira')
    expect(body).toContain('Director, Red Acoge')
    expect(body).toContain('Case manager, ASKV')
    expect(body).toContain('Changes to the arraigo')
    // The session's source, and each contribution's.
    expect(sourceLines(html)).toEqual(
      Array(5).fill(
        `Source: ${REPORT}, PICUM — Finding hope: wins and inspirations from the network`,
      ),
    )
    expect(ldNode(html, 'WebPage')).toMatchObject({
      name: 'Finding hope: wins and inspirations from the network',
      isBasedOn: [{ name: 'Finding hope: wins and inspirations from the network' }],
    })
    // Topics, wins presented and the neighbouring session.
    expect(html).toContain('href="/topics/regularisation"')
    expect(html).toContain('href="/wins/spain-arraigo-reform"')
    expect(html).toContain('href="/assemblies/2025/countering-hostile-narratives"')
    const meta = await sessionRoute.generateMetadata(
      withParams({ year: '2025', session: 'finding-hope' }),
    )
    expect(canonical(meta)).toBe('/assemblies/2025/finding-hope')
  })

  it('lists its resources', async () => {
    const html = await render(
      SessionPage(withParams({ year: '2025', session: 'countering-hostile-narratives' })),
    )
    expect(text(html)).toContain('In Defence of Defenders')
  })

  it.each([
    ['2025', 'no-such-session'],
    ['2024', 'finding-hope'],
    ['abc', 'finding-hope'],
    ['2025', 'Finding-Hope'],
    ['2025', '%E0%A4%A'],
    ['2025', '..%2F..%2Fadmin'],
  ])('answers 404 for /assemblies/%s/%s', async (year, session) => {
    await expectNotFound(() => SessionPage(withParams({ year, session })))
    await expectNotFound(() => sessionRoute.generateMetadata(withParams({ year, session })))
  })

  it('answers 404 for a draft session and leaves it out of the static params', async () => {
    await expectNotFound(() =>
      SessionPage(withParams({ year: '2025', session: draftSession.slug! })),
    )
    const staticParams = await sessionRoute.generateStaticParams()
    expect(staticParams).toHaveLength(3)
    expect(staticParams).toContainEqual({ year: '2025', session: 'finding-hope' })
  })
})

describe('/speakers/[slug]', () => {
  it('renders a speaker with the year their role was recorded, every appearance, and a Person in JSON-LD', async () => {
    const html = await renderPage(SpeakerPage(withParams({ slug: 'lucia-maquieira' })))
    expect(h1(html)).toBe('Lucía Maquieira')
    const role = one(html, 'p.profile__role')
    expect(text(role)).toMatch(/Red Acoge.*\( as recorded in 2025\)$/)
    expect(one(role, 'span.visually-hidden').innerHTML).toBe('as recorded in ')
    expect(text(html)).toContain('Spoke as Director, Red Acoge')
    expect(sourceLines(html)).toEqual([
      `Source: ${REPORT}, PICUM — Finding hope: wins and inspirations from the network`,
    ])
    expect(html).toContain('href="/assemblies/2025/finding-hope"')
    // No photo on record: initials, hidden from screen readers since the name is written out.
    expect(html).toContain('aria-hidden="true">LM</span>')
    // The role is not a current job title: it says the year it was recorded in.
    const person = ldNode(html, 'Person')!
    expect(person).toMatchObject({
      name: 'Lucía Maquieira',
      affiliation: {
        '@type': 'OrganizationRole',
        roleName: 'Director',
        description: 'Recorded in 2025',
        affiliation: { '@type': 'Organization', name: 'Red Acoge' },
      },
    })
    expect(person).not.toHaveProperty('jobTitle')
    expect(ldNode(html, 'WebPage')?.isBasedOn).toHaveLength(1)
    const meta = await speakerRoute.generateMetadata(withParams({ slug: 'lucia-maquieira' }))
    expect(meta.title).toBe('Lucía Maquieira')
    expect(canonical(meta)).toBe('/speakers/lucia-maquieira')
  })

  it('shows a photo with the alt text written for it', async () => {
    const html = await render(SpeakerPage(withParams({ slug: photographed.slug! })))
    expect(all(html, 'img').map((img) => img.getAttribute('alt'))).toContain(
      'Portrait of Pat Photographed at a lectern',
    )
  })

  it('answers 404 for a draft speaker and leaves them out of the static params', async () => {
    await expectNotFound(() => SpeakerPage(withParams({ slug: draftSpeaker.slug! })))
    const slugs = (await speakerRoute.generateStaticParams()).map((entry) => entry.slug)
    expect(slugs).toContain('lucia-maquieira')
    expect(slugs).not.toContain(draftSpeaker.slug)
  })
})

describe('/organisations/[slug]', () => {
  it('renders an organisation with its people, appearances and the wins its people presented, and an Organization in JSON-LD', async () => {
    const html = await renderPage(OrganisationPage(withParams({ slug: 'red-acoge' })))
    expect(h1(html)).toBe('Red Acoge')
    // Its kind; no membership, which the report does not state.
    expect(all(html, 'p.eyebrow').map((eyebrow) => eyebrow.innerHTML)).toContain('NGO · Spain')
    expect(html).toContain('href="/speakers/lucia-maquieira"')
    expect(text(html)).toContain('Director (2025)')
    expect(html).toContain('href="/assemblies/2025/finding-hope"')
    const presented = one(html, 'h2#presented-wins')
    expect(presented.innerHTML).toBe('Wins presented by its people')
    expect(hrefs(presented.parentNode!)).toContain('/wins/valencia-floods-regularisation')
    expect(html).not.toContain('Wins credited to it')
    expect(sourceLines(html)).toEqual([
      `Source: ${REPORT}, PICUM — Finding hope: wins and inspirations from the network`,
    ])
    expect(ldNode(html, 'Organization')).toMatchObject({
      name: 'Red Acoge',
      address: { addressCountry: 'ES' },
    })
    const meta = await organisationRoute.generateMetadata(withParams({ slug: 'red-acoge' }))
    expect(canonical(meta)).toBe('/organisations/red-acoge')
  })
})

describe('/wins/[slug]', () => {
  it('renders a win with its figures, who presented it for whom, where, and its source', async () => {
    const html = await renderPage(WinPage(withParams({ slug: 'valencia-floods-regularisation' })))
    expect(h1(html)).toBe('Regularisation for undocumented victims of the Valencia floods')
    expect(text(html)).toContain('25,000')
    // The role she spoke in at that session, and the organisation she presented it for.
    const presentedBy = all(html, 'dt').find((term) => term.innerHTML === 'Presented by')!
    const answer = presentedBy.nextElementSibling!
    expect(answer.tagName).toBe('DD')
    expect(text(answer)).toMatch(/Lucía Maquieira.*Director, /)
    expect(hrefs(answer)).toContain('/organisations/red-acoge')
    expect(html).not.toContain('Credited to')
    expect(html).toContain('href="/assemblies/2025/finding-hope"')
    expect(html).toContain('href="/speakers/lucia-maquieira"')
    expect(sourceLines(html)).toEqual([
      `Source: ${REPORT}, PICUM — Finding hope: wins and inspirations from the network`,
    ])
    expect(ldNode(html, 'WebPage')).toMatchObject({
      url: expect.stringMatching(/\/wins\/valencia-floods-regularisation$/),
      isBasedOn: [
        { '@type': 'CreativeWork', name: 'Finding hope: wins and inspirations from the network' },
      ],
    })
    const meta = await winRoute.generateMetadata(
      withParams({ slug: 'valencia-floods-regularisation' }),
    )
    expect(canonical(meta)).toBe('/wins/valencia-floods-regularisation')
  })

  it('shows a published source with its link and details, and never an unpublished one', async () => {
    const html = await render(WinPage(withParams({ slug: citingWin.slug! })))
    expect(sourceLines(html)).toEqual([
      'Source: A report with a link, A publisher, 2024 — Chapter 2',
    ])
    const cited = one(html, 'cite > a')
    expect([cited.getAttribute('href'), cited.innerHTML]).toEqual([
      'https://example.org/report',
      'A report with a link',
    ])
    expect(html).not.toContain('A source nobody has checked yet')
    expect(html).not.toContain('Annex')
    expect(JSON.stringify(jsonLd(html))).not.toContain('nobody has checked')
    expect(ldNode(html, 'WebPage')?.isBasedOn).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Chapter 2',
        isPartOf: {
          '@type': 'CreativeWork',
          name: 'A report with a link',
          publisher: { '@type': 'Organization', name: 'A publisher' },
          datePublished: '2024',
          url: 'https://example.org/report',
        },
      },
    ])
  })
})

describe('/topics/[slug]', () => {
  it('renders the sessions and wins on a topic', async () => {
    const html = await renderPage(TopicPage(withParams({ slug: 'regularisation' })))
    expect(h1(html)).toBe('Regularisation')
    expect(html).toContain('href="/assemblies/2025/finding-hope"')
    expect(html).toContain('href="/wins/spain-arraigo-reform"')
    const meta = await topicRoute.generateMetadata(withParams({ slug: 'regularisation' }))
    expect(canonical(meta)).toBe('/topics/regularisation')
  })
})

describe('not found', () => {
  it('sends broken addresses to the 404 page', async () => {
    await expectNotFound(() => AddressNotFound())
  })

  it('answers addresses no route claims with the public site around the 404 page', async () => {
    const html = await render(GlobalNotFound())
    const page = parseHtml(html)
    expect(page.firstChild).toBe(one(page, 'html'))
    expect(one(page, 'html').attributes).toEqual({ lang: 'en' })
    expect(h1(html)).toBe('Page not found')
    expect(all(page, 'nav[aria-label="Main"]')).toHaveLength(1)
    expect(all(page, 'main#main')).toHaveLength(1)
  })

  it('has a real 404 page with one h1 and ways back into the site', async () => {
    const html = await renderPage(NotFound())
    expect(h1(html)).toBe('Page not found')
    expect(html).toContain('href="/assemblies"')
  })

  it('answers addresses with broken percent-encoding with the 404 page, not a 400', async () => {
    const junk = await proxy(new NextRequest('http://localhost:3000/speakers/%E0%A4%A'))
    expect(junk.status).toBe(404)
    expect(junk.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/address-not-found')
    const valid = await proxy(new NextRequest('http://localhost:3000/speakers/caf%C3%A9'))
    expect(valid.headers.get('x-middleware-next')).toBe('1')
    expect(valid.headers.get('x-middleware-rewrite')).toBeNull()
  })
})

describe('sitemap.xml and robots.txt', () => {
  it('lists every published page and nothing else', async () => {
    const base = process.env.NEXT_PUBLIC_SERVER_URL
    const urls = (await sitemap()).map((entry) => entry.url.replace(base!, ''))
    expect(urls).toEqual(
      expect.arrayContaining([
        ...seededPages,
        '/assemblies/2025/opportunities-in-hostile-times',
        '/assemblies/2025/countering-hostile-narratives',
      ]),
    )
    expect(urls).not.toContain(`/assemblies/${draftAssembly.year}`)
    expect(urls).not.toContain(`/assemblies/2025/${draftSession.slug}`)
    expect(urls).not.toContain(`/speakers/${draftSpeaker.slug}`)
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('keeps crawlers out of the admin and the API', () => {
    const { rules, sitemap: sitemapUrl } = robots()
    const rule = Array.isArray(rules) ? rules[0]! : rules
    expect(rule.disallow).toEqual(expect.arrayContaining(['/admin', '/api']))
    expect(sitemapUrl).toBe(`${process.env.NEXT_PUBLIC_SERVER_URL}/sitemap.xml`)
  })
})
