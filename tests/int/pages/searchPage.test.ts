/**
 * /search rendered as Next.js renders it on the server, from whatever the address holds: results
 * labelled by type with marked words, filters with counts, pages, the empty and "nothing found"
 * states, and a normal page for addresses that are junk.
 */
import SearchPage, { generateMetadata } from '@/app/(frontend)/search/page'
import { SiteHeader } from '@/components/SiteHeader'
import { SEARCH_PAGE_SIZE } from '@/lib/search/query'
import { make } from '@/tests/helpers/factories'
import { all, expectAccessibleStructure, one, text } from '@/tests/helpers/html'
import { render, type SearchParams, withSearchParams } from '@/tests/helpers/render'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })

const renderPage = (searchParams: SearchParams) =>
  render(SearchPage(withSearchParams(searchParams)))

describe('/search', () => {
  it('shows a labelled search form and tips before anything is typed', async () => {
    const html = await renderPage({})
    expectAccessibleStructure(html)
    const form = one(html, 'form')
    expect(form.attributes).toMatchObject({ method: 'get', action: '/search', role: 'search' })
    expect(one(form, 'input#search-q').getAttribute('name')).toBe('q')
    expect(text(html)).toContain('What you can search for')
    expect(html).not.toContain('search-filters')
  })

  it('lists results labelled by type, with the words found marked and links to their pages', async () => {
    const html = await renderPage({ q: 'Lucia Maquieira' })
    expectAccessibleStructure(html)
    expect(text(html)).toMatch(/\d+ results for “Lucia Maquieira”/)
    expect(html).toContain('href="/speakers/lucia-maquieira"')
    expect(all(html, 'mark').map((mark) => mark.innerHTML)).toContain('Lucía')
    const types = all(html, '.search-result__type').map((type) => text(type))
    expect(types).toContainEqual(expect.stringMatching(/^Speaker/))
    expect(types).toContainEqual(expect.stringMatching(/^Session · 2025/))
    // The query stays in the box, so it can be changed.
    expect(one(html, 'input[name="q"]').getAttribute('value')).toBe('Lucia Maquieira')
    const meta = await generateMetadata(withSearchParams({ q: 'Lucia Maquieira' }))
    expect(String(meta.title)).toMatch(/^\d+ results for “Lucia Maquieira”: Search$/)
    expect(meta.robots).toMatchObject({ index: false })
  })

  it('offers filters with counts, and applies them', async () => {
    const everything = await renderPage({ q: 'regularisation' })
    const filters = one(everything, 'fieldset.search-filters')
    expect(filters.firstElementChild?.tagName).toBe('LEGEND')
    expect(text(filters.firstElementChild!)).toBe('Narrow the results')
    expect(text(everything)).toMatch(/Wins \(3\)/)
    expect(text(everything)).toMatch(/Spain \(\d+\)/)

    const html = await renderPage({ q: 'regularisation', type: 'wins', country: 'NL' })
    expect(text(html)).toContain('1 result for “regularisation” in Wins, Netherlands')
    expect(html).toContain('href="/wins/netherlands-surinamese-regularisation"')
    expect(html).not.toContain('href="/wins/spain-arraigo-reform"')
    expect(text(one(html, 'option[value="wins"]'))).toMatch(/^Wins/)
    expect(one(html, 'option[value="wins"]').hasAttribute('selected')).toBe(true)
    // Each filter can be removed on its own.
    expect(html).toContain('href="/search?q=regularisation&amp;country=NL"')
    expect(html).toContain('href="/search?q=regularisation&amp;type=wins"')
  })

  it('pages through results with links that keep the query and filters', async () => {
    for (let i = 0; i < SEARCH_PAGE_SIZE + 2; i++) {
      await make.win(app.payload, 'published', {
        title: `Capybara campaign ${i + 1}`,
        country: 'BR',
      })
    }
    const html = await renderPage({ q: 'capybara', country: 'BR' })
    expect(all(html, 'nav[aria-label="Pages of results"]')).toHaveLength(1)
    expect(html).toContain('href="/search?q=capybara&amp;country=BR&amp;page=2"')
    expect(text(html)).toContain(`Showing 1 to ${SEARCH_PAGE_SIZE} of ${SEARCH_PAGE_SIZE + 2}`)
    const second = await renderPage({ q: 'capybara', country: 'BR', page: '2' })
    expect(one(second, 'ol.search-results').getAttribute('start')).toBe('11')
    const current = one(second, 'nav[aria-label="Pages of results"] [aria-current="page"]')
    expect(current.innerHTML).toBe('<span class="visually-hidden">Page </span>2')
  })

  it('says clearly when nothing was found, and how to find more', async () => {
    const html = await renderPage({ q: 'xylophonist' })
    expectAccessibleStructure(html)
    expect(text(html)).toContain('0 results for “xylophonist”')
    expect(text(html)).toContain('Nothing was found.')

    const filtered = await renderPage({ q: 'xylophonist', type: 'wins' })
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
    const html = await renderPage(params)
    expectAccessibleStructure(html)
    expect(text(html)).toContain(expected)
    expect(all(html, 'script')).toHaveLength(0)
    await expect(generateMetadata(withSearchParams(params))).resolves.toBeDefined()
  })

  it('renders document text as text, never as markup', async () => {
    await make.win(app.payload, 'published', { title: 'Quetzal <img src=x onerror=alert(1)> law' })
    const html = await renderPage({ q: 'quetzal' })
    expect(all(html, 'mark').map((mark) => mark.innerHTML)).toContain('Quetzal')
    expect(text(html)).toContain('<img src=x onerror=alert(1)>')
    expect(all(html, 'img')).toHaveLength(0)
  })
})

describe('the site header', () => {
  it('has a search box on every page', async () => {
    const html = await render(SiteHeader())
    expect(one(html, 'form').attributes).toMatchObject({
      role: 'search',
      'aria-label': 'Site',
      action: '/search',
      method: 'get',
    })
    expect(text(one(html, 'label[for="site-search-q"]'))).toBe('Search the record')
  })
})
