/**
 * proxy.ts runs only where it protects something, and its matcher is literal (Next reads it at
 * build time). Compiled here with Next's own functions, it must keep cached pages out and let in
 * everything the proxy answers for: the API and admin, pages rendered per request, draft mode and
 * addresses with a percent sign.
 */
import { createRequire } from 'node:module'

import { DRAFT_MODE_COOKIE } from '@/lib/compat/next'
import { winQueryKeys } from '@/lib/wins/keys'
import { config } from '@/proxy'
import { seededPages } from '@/tests/helpers/seededRecord'

type Matcher = { source?: string; has?: Array<{ type: string; key: string }> }
type Request = { headers: Record<string, string> }

const require = createRequire(import.meta.url)
const { getMiddlewareMatchers } = require('next/dist/build/analysis/get-page-static-info.js') as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: object) => unknown[]
}
const { getMiddlewareRouteMatcher } =
  require('next/dist/shared/lib/router/utils/middleware-route-matcher.js') as {
    getMiddlewareRouteMatcher: (
      matchers: unknown[],
    ) => (pathname: string, request: Request, query: Record<string, string>) => boolean
  }

const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))

const reaches = (address: string, cookie?: string): boolean => {
  const url = new URL(address, 'http://localhost')
  return matches(
    url.pathname,
    { headers: cookie ? { cookie } : {} },
    Object.fromEntries(url.searchParams),
  )
}

describe('the proxy matcher', () => {
  it('keeps every pre-rendered page, its RSC payload and stray query strings out', () => {
    for (const page of seededPages) {
      expect([page, reaches(page)]).toEqual([page, false])
      expect(reaches(`${page}?utm_source=newsletter`)).toBe(false)
    }
    expect(reaches('/assemblies/2025.rsc')).toBe(false)
    expect(reaches('/sitemap.xml')).toBe(false)
  })

  it('lets in the API, the admin, search, preview and revalidation routes', () => {
    for (const address of [
      '/api/wins',
      '/api/graphql',
      '/api/constructor',
      '/admin',
      '/admin/login',
      '/search?q=regularisation',
      '/search',
      '/next/preview',
      '/revalidate',
    ]) {
      expect([address, reaches(address)]).toEqual([address, true])
    }
  })

  it('lets in every address with a percent sign, so a bad escape gets the 404 page', () => {
    expect(reaches('/speakers/%E0%A4%A')).toBe(true)
    expect(reaches('/%ZZ')).toBe(true)
    expect(reaches('/speakers/caf%C3%A9')).toBe(true)
  })

  it('lets in draft mode on any page', () => {
    expect(reaches('/', `${DRAFT_MODE_COOKIE}=x`)).toBe(true)
    expect(reaches('/assemblies/2025', `other=1; ${DRAFT_MODE_COOKIE}=x`)).toBe(true)
    expect(reaches('/assemblies/2025', 'other=1')).toBe(false)
  })

  it('lets in the tracker with each key that makes it render per request', () => {
    const wins = (config.matcher as Array<string | Matcher>).filter(
      (entry): entry is Matcher => typeof entry === 'object' && entry.source === '/wins',
    )
    expect(wins.map((entry) => entry.has?.[0]?.key).sort()).toEqual([...winQueryKeys].sort())
    for (const key of winQueryKeys) expect([key, reaches(`/wins?${key}=2`)]).toEqual([key, true])
    const draftCookie = (config.matcher as Array<string | Matcher>).find(
      (entry): entry is Matcher => typeof entry === 'object' && entry.has?.[0]?.type === 'cookie',
    )
    expect(draftCookie?.has?.[0]?.key).toBe(DRAFT_MODE_COOKIE)
  })
})
