import { type NextRequest, NextResponse } from 'next/server'

import { DRAFT_MODE_COOKIE, prerenderedRoutes } from '@/lib/compat/next'
import { isDatabaseUp } from '@/lib/db/databaseHealth'
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '@/lib/db/unavailable'
import { refuseBeforePayload } from '@/lib/errors/beforePayload'

// Answers before Next: /api requests Payload would fail on (lib/errors/beforePayload.ts),
// undecodable addresses (a 404, not Next's bare 400), and a 503 while PostgreSQL is down.
export async function proxy(request: NextRequest) {
  const refused = await refuseBeforePayload(request)
  if (refused) return refused
  const { pathname } = request.nextUrl
  if (pathname.includes('%') && !decodable(pathname)) {
    return NextResponse.rewrite(new URL('/address-not-found', request.url), { status: 404 })
  }
  if (isDatabaseUp() || servedFromCache(request)) return NextResponse.next()
  return unavailable(request)
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' }

function unavailable(request: NextRequest): NextResponse {
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json(
      { errors: [{ message: UNAVAILABLE_MESSAGE }] },
      { status: 503, headers },
    )
  }
  return NextResponse.rewrite(new URL('/unavailable', request.url), { status: 503, headers })
}

// A query string can route a pre-rendered address to a page rendered per request (next.config.ts).
function servedFromCache(request: NextRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return false
  if (request.nextUrl.search) return false
  const pathname = request.nextUrl.pathname.replace(/(.)\/$/, '$1')
  return prerenderedRoutes().has(pathname)
}

// Pre-rendered pages never reach the proxy: invoking it halves what a cached page can serve
// (BENCHMARKS.md). It runs only for what it protects: the API and admin (refusals, the 503),
// pages rendered per request (search, a filtered tracker, draft mode) and addresses with a
// percent sign. Literal, because Next reads the matcher at build time;
// tests/int/pages/proxyMatcher.test.ts keeps the lists in step with lib/wins/keys and
// lib/compat/next. A detail page first asked for during an outage (published after the build)
// is rendered and fails into the error page, which says the record is unavailable.
export const config = {
  matcher: [
    '/api/:path*',
    '/admin/:path*',
    '/next/:path*',
    '/revalidate',
    '/search',
    '/:path(.*%.*)',
    { source: '/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/wins', has: [{ type: 'query', key: 'country' }] },
    { source: '/wins', has: [{ type: 'query', key: 'topic' }] },
    { source: '/wins', has: [{ type: 'query', key: 'kind' }] },
    { source: '/wins', has: [{ type: 'query', key: 'level' }] },
    { source: '/wins', has: [{ type: 'query', key: 'year' }] },
    { source: '/wins', has: [{ type: 'query', key: 'presenting' }] },
    { source: '/wins', has: [{ type: 'query', key: 'credited' }] },
    { source: '/wins', has: [{ type: 'query', key: 'organisation' }] },
    { source: '/wins', has: [{ type: 'query', key: 'sort' }] },
    { source: '/wins', has: [{ type: 'query', key: 'page' }] },
  ],
}
