/**
 * /wins rendered as Next.js renders it on the server (filtered addresses are rewritten to
 * app/(frontend)/wins-filtered, see next.config.ts): a GET form with a fieldset per filter and
 * a count beside every option, the wins that match with links to everything behind them, and a
 * normal page whatever the address holds.
 */
import WinsPage from '@/app/(frontend)/wins/page'
import FilteredWinsPage, { generateMetadata } from '@/app/(frontend)/wins-filtered/page'
import { winFacets, winQueryKeys } from '@/lib/wins'
import { all, expectAccessibleStructure, hrefs, one, text } from '@/tests/helpers/html'
import { render, type SearchParams, withSearchParams } from '@/tests/helpers/render'
import { setupRecord } from '@/tests/helpers/setup'

setupRecord({ seed: true })

const renderPage = (searchParams: SearchParams) =>
  render(FilteredWinsPage(withSearchParams(searchParams)))
const winLinks = (html: string) =>
  hrefs(html, 'h3.card__title > a').filter((href) => href?.startsWith('/wins/'))

describe('/wins', () => {
  it('is a GET form with a fieldset and legend per filter, every option counted', async () => {
    const html = await renderPage({})
    expectAccessibleStructure(html)
    expect(one(html, 'form').attributes).toMatchObject({ method: 'get', action: '/wins' })
    const legends = all(html, 'legend.filters__legend').map((legend) => legend.innerHTML)
    for (const legend of [
      'Country',
      'Topic',
      'Kind of win',
      'Level',
      'Year',
      'Presented for (organisation)',
    ]) {
      expect(legends).toContain(legend)
    }
    // The report credits no organisation with a win: that filter has nothing to offer.
    expect(html).not.toContain('Credited to (organisation)')
    expect(one(html, '#filter-country-ES').attributes).toEqual({
      type: 'checkbox',
      id: 'filter-country-ES',
      name: 'country',
      value: 'ES',
    })
    expect(text(html)).toContain('Spain (2)')
    expect(text(html)).toContain('Regularisation (3)')
    expect(text(html)).toContain('5 wins')
    expect(winLinks(html)).toHaveLength(5)
  })

  it('links each win to who presented it, for which organisation, in which session, and its page', async () => {
    const html = await renderPage({ country: 'NL' })
    expect(winLinks(html)).toEqual(['/wins/netherlands-surinamese-regularisation'])
    expect(text(html)).toContain('by Janneke Wijman for ASKV in Finding hope')
    expect(html).toContain('href="/organisations/askv"')
    expect(html).toContain('href="/speakers/janneke-wijman"')
    expect(html).toContain('href="/assemblies/2025/finding-hope"')
    expect(html).toContain('href="/assemblies/2025"')
    expect(text(html)).not.toContain('Credited to')
  })

  it('applies combined filters, ticks them, and lets each be removed', async () => {
    const html = await renderPage({ country: ['ES', 'NL'], kind: 'regularisation' })
    expectAccessibleStructure(html)
    expect(winLinks(html).sort()).toEqual([
      '/wins/netherlands-surinamese-regularisation',
      '/wins/spain-arraigo-reform',
      '/wins/valencia-floods-regularisation',
    ])
    const checked = all(html, 'input[type="checkbox"][checked]')
    expect(checked.map((input) => input.id)).toEqual([
      'filter-country-NL',
      'filter-country-ES',
      'filter-kind-regularisation',
    ])
    expect(text(html)).toContain('3 wins: Netherlands, Spain, Regularisation')
    // Removing Spain keeps the rest.
    expect(html).toContain('href="/wins?country=NL&amp;kind=regularisation"')
    expect(html).toContain('Remove all filters')
    const meta = await generateMetadata(
      withSearchParams({ country: ['ES', 'NL'], kind: 'regularisation' }),
    )
    expect(meta.title).toBe('3 wins: Netherlands, Spain, Regularisation · Wins')
    expect(meta.alternates?.canonical).toBe('/wins')
  })

  it('says so when no win matches', async () => {
    const html = await renderPage({ country: 'CH', kind: 'court-judgment' })
    expect(text(html)).toContain('No win matches all of these filters')
    expect(winLinks(html)).toEqual([])
  })

  it('sorts by title when asked', async () => {
    const html = await renderPage({ sort: 'title' })
    const links = winLinks(html)
    expect(links[0]).toBe('/wins/belgium-sex-workers-labour-law')
    expect(one(html, 'option[value="title"]').hasAttribute('selected')).toBe(true)
  })

  it.each([
    ['unknown values', { country: 'ZZ', kind: "regularisation'; DROP TABLE wins; --" }],
    ['malformed numbers', { year: '9999999', page: 'last', sort: 'chaos' }],
    ['oversized and broken values', { topic: ['x'.repeat(5000)], organisation: '%E0%A4%A' }],
  ])('gives the whole tracker for %s', async (_label, params) => {
    const html = await renderPage(params)
    expectAccessibleStructure(html)
    expect(winLinks(html)).toHaveLength(5)
  })
})

describe('the unfiltered tracker', () => {
  it('is the static /wins page, the same as the tracker with no filters', async () => {
    const staticHtml = await render(WinsPage())
    expect(staticHtml).toBe(await renderPage({}))
    expect(winLinks(staticHtml).length).toBeGreaterThan(0)
  })

  it('sends addresses with any tracker key to the per-request page, and only those', async () => {
    const { default: nextConfig } = await import('@/next.config')
    const rewrites = await nextConfig.rewrites!()
    const beforeFiles = (Array.isArray(rewrites) ? [] : rewrites.beforeFiles) ?? []
    const keys = beforeFiles
      .filter((rule) => rule.source === '/wins' && rule.destination === '/wins-filtered')
      .map((rule) => rule.has)
    expect(keys).toEqual(winQueryKeys.map((key) => [{ type: 'query', key }]))
    // Whatever the tracker's own form and links send is among them: no filter, order or page
    // chosen on the page lands on the static one.
    const html = await renderPage({ country: 'ES', sort: 'title' })
    const sent = new Set([
      ...all(html, 'form[action="/wins"] [name]').map((control) => control.getAttribute('name')),
      ...hrefs(html)
        .filter((href) => href?.startsWith('/wins?'))
        .flatMap((href) => [...new URL(href!, 'http://localhost').searchParams.keys()]),
    ])
    // Every filter the seeded record offers (it credits no organisation with a win), and the order.
    expect(sent).toEqual(new Set([...winFacets.filter((facet) => facet !== 'credited'), 'sort']))
    for (const key of sent) expect(winQueryKeys).toContain(key)
    const redirects = await nextConfig.redirects!()
    expect(redirects).toContainEqual(
      expect.objectContaining({ source: '/wins-filtered', destination: '/wins', permanent: false }),
    )
  })
})
