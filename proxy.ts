import { type NextRequest, NextResponse } from 'next/server'

import { DRAFT_MODE_COOKIE, prerenderedRoutes } from '@/lib/compat/next'
import { isDatabaseUp } from '@/lib/db/databaseHealth'
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '@/lib/db/unavailable'
import { refuseBeforePayload } from '@/lib/errors/beforePayload'

/**
 * Runs before the requests its matcher names (Next 16's proxy runs on Node.js, in the server's
 * process):
 *
 * 1. /api requests Payload's router would fail on before its own error handling (lib/errors/
 *    beforePayload.ts) get a 4xx here.
 * 2. An address whose percent-encoding cannot be decoded (`/speakers/%E0%A4%A`) names no page of
 *    the record: it gets the site's 404 page instead of Next.js's bare 400.
 * 3. While PostgreSQL is down (lib/db/databaseHealth.ts knows without asking it), what needs the
 *    database gets a 503 and Retry-After instead of a failure: JSON under /api, the "temporarily
 *    unavailable" page otherwise. Pages pre-rendered at build are served by Next.js from its
 *    cache without the database. When all is well this costs a boolean read.
 */
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

/**
 * Whether Next.js can answer this request from the pages it pre-rendered at build. Read only
 * during an outage. A preview (draft mode) and anything other than a GET or HEAD are rendered
 * live, so they need the database; so does an address with a query string, which can route a
 * pre-rendered address to a page rendered per request (`/wins?country=ES`, next.config.ts).
 */
function servedFromCache(request: NextRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return false
  if (request.nextUrl.search) return false
  const pathname = request.nextUrl.pathname.replace(/(.)\/$/, '$1')
  return prerenderedRoutes().has(pathname)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
