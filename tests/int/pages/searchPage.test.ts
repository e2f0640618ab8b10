/**
 * /search rendered as Next.js renders it on the server, from whatever the address holds: results
 * labelled by type with marked words, filters with counts, pages, the empty and "nothing found"
 * states, and a normal page for addresses that are junk.
 */
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import SearchPage, { generateMetadata } from '@/app/(frontend)/search/page'
import { SiteHeader } from '@/components/SiteHeader'
import { SEARCH_PAGE_SIZE } from '@/lib/search/query'
import { make } from '@/tests/helpers/factories'
import { expectAccessibleStructure, text } from '@/tests/helpers/html'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })

type Params = Record<string, string | string[]>
const props = (searchParams: Params) => ({ searchParams: Promise.resolve(searchParams) })
const render = async (searchParams: Params) =>
  renderToStaticMarkup((await SearchPage(props(searchParams))) as ReactElement)

describe('/search', () => {
  it('shows a labelled search form and tips before anything is typed', async () => {
    const html = await render({})
    expectAccessibleStructure(html)
    const form = html.match(/<form\b[^>]*>/)?.[0] ?? ''
    expect(form).toContain('method="get"')
    expect(form).toContain('action="/search"')
    expect(form).toContain('role="search"')
    expect(html).toMatch(/<input[^>]*id="search-q"[^>]*name="q"/)
    expect(text(html)).toContain('What you can search for')
    expect(html).not.toContain('search-filters')
  })

  it('lists results labelled by type, with the words found marked and links to their pages', async () => {
    const html = await render({ q: 'Lucia Maquieira' })
    expectAccessibleStructure(html)
    expect(text(html)).toMatch(/\d+ results for “Lucia Maquieira”/)
    expect(html).toContain('href="/speakers/lucia-maquieira"')
    expect(html).toContain('<mark>Lucía</mark>')
    expect(html).toMatch(/class="search-result__type">Speaker/)
    expect(html).toMatch(/class="search-result__type">Session · 2025/)
    // The query stays in the box, so it can be changed.
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="Lucia Maquieira"/)
    const meta = await generateMetadata(props({ q: 'Lucia Maquieira' }))
    expect(String(meta.title)).toMatch(/^\d+ results for “Lucia Maquieira”: Search$/)
    expect(meta.robots).toMatchObject({ index: false })
  })

  it('offers filters with counts, and applies them', async () => {
    const all = await render({ q: 'regularisation' })
    expect(all).toMatch(/<fieldset class="search-filters"><legend>Narrow the results<\/legend>/)
    expect(text(all)).toMatch(/Wins \(3\)/)
    expect(text(all)).toMatch(/Spain \(\d+\)/)

    const html = await render({ q: 'regularisation', type: 'wins', country: 'NL' })
    expect(text(html)).toContain('1 result for “regularisation” in Wins, Netherlands')
    expect(html).toContain('href="/wins/netherlands-surinamese-regularisation"')
    expect(html).not.toContain('href="/wins/spain-arraigo-reform"')
    expect(html).toMatch(/<option value="wins" selected="">Wins/)
    // Each filter can be removed on its own.
    expect(html).toContain('href="/search?q=regularisation&amp;country=NL"')
    expect(html).toContain('href="/search?q=regularisation&amp;type=wins"')
  })

  it('pages through results with links that keep the query and filters', async () => {
    for (let i = 0; i < SEARCH_PAGE_SIZE + 2; i++) {
      await make.win(app.payload, 'published', { title: `Capybara campaign ${i + 1}`, country: 'BR' })
    }
    const html = await render({ q: 'capybara', country: 'BR' })
    expect(html).toMatch(/<nav aria-label="Pages of results"/)
    expect(html).toContain('href="/search?q=capybara&amp;country=BR&amp;page=2"')
    expect(text(html)).toContain(`Showing 1 to ${SEARCH_PAGE_SIZE} of ${SEARCH_PAGE_SIZE + 2}`)
    const second = await render({ q: 'capybara', country: 'BR', page: '2' })
    expect(second).toMatch(/<ol class="search-results" start="11">/)
    expect(second).toMatch(
      /aria-current="page"[^>]*><span class="visually-hidden">Page <\/span>2<\/span>/,
    )
  })

  it('says clearly when nothing was found, and how to find more', async () => {
    const html = await render({ q: 'xylophonist' })
    expectAccessibleStructure(html)
    expect(text(html)).toContain('0 results for “xylophonist”')
    expect(text(html)).toContain('Nothing was found.')

    const filtered = await render({ q: 'xylophonist', type: 'wins' })
    expect(filtered).toContain('href="/search?q=xylophonist"')
  })

  it.each([
    ['punctuation only', { q: '!!!' }, 'has no word to look for'],
    ['a stop word', { q: 'the' }, 'has no word to look for'],
    ['SQL', { q: "'; DROP TABLE search_documents; --" }, 'results for'],
    ['5,000 characters', { q: 'x'.repeat(5000) }, 'Only the first 200 characters'],
    [
      'malformed filters',
      { q: ['regular', 'other'], type: 'users', year: 'soon', country: 'XX', page: '-1' },
      'results for “regular”',
    ],
    ['markup', { q: '<script>alert(1)</script>' }, 'results for “<script>alert(1)</script>”'],
  ])('gives a normal page for %s', async (_label, params, expected) => {
    const html = await render(params)
    expectAccessibleStructure(html)
    expect(text(html)).toContain(expected)
    expect(html).not.toMatch(/<script\b/)
    await expect(generateMetadata(props(params))).resolves.toBeDefined()
  })

  it('renders document text as text, never as markup', async () => {
    await make.win(app.payload, 'published', { title: 'Quetzal <img src=x onerror=alert(1)> law' })
    const html = await render({ q: 'quetzal' })
    expect(html).toContain('<mark>Quetzal</mark>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })
})

describe('the site header', () => {
  it('has a search box on every page', () => {
    const html = renderToStaticMarkup(SiteHeader())
    const form = html.match(/<form\b[^>]*>/)?.[0] ?? ''
    for (const attribute of [
      'role="search"',
      'aria-label="Site"',
      'action="/search"',
      'method="get"',
    ]) {
      expect(form).toContain(attribute)
    }
    expect(html).toMatch(/<label for="site-search-q"[^>]*>Search the record<\/label>/)
  })
})
