import { readFileSync } from 'node:fs'
import path from 'node:path'

import { type NextRequest, NextResponse } from 'next/server'

import { messages } from '@/hooks/apiErrors'
import { isDatabaseUp } from '@/lib/db/databaseHealth'
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '@/lib/db/unavailable'

/**
 * Runs before every request but Next.js's own assets (Next 16's proxy runs on Node.js, in the
 * server's process). Two jobs:
 *
 * 1. An address whose percent-encoding cannot be decoded (`/speakers/%E0%A4%A`) names no page of
 *    the record: answer it with the site's own 404 page (a 400 with a message under /api)
 *    instead of Next.js's bare 400 or 500.
 * 2. While PostgreSQL is down (lib/db/databaseHealth.ts knows without asking it), answer what
 *    needs the database with a 503 and Retry-After instead of letting it fail with a 500: JSON for
 *    /api, the "temporarily unavailable" page otherwise. Pages pre-rendered at build go through:
 *    Next.js serves them from its cache without the database. When all is well this costs a
 *    boolean read.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname.includes('%') && !decodable(pathname)) {
    // Next.js would fail to decode the route's parameters and answer a bare 500.
    if (pathname.startsWith('/api/')) {
      return NextResponse.json({ errors: [{ message: messages.badEscape }] }, { status: 400 })
    }
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
 * Whether Next.js can answer this request from the pages it pre-rendered at build, listed in its
 * prerender manifest. Read only during an outage. A preview (draft-mode cookie) and anything
 * other than a GET or HEAD are rendered live, so they need the database.
 */
function servedFromCache(request: NextRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.cookies.has('__prerender_bypass')) return false
  // A query string can route a pre-rendered address to a page rendered per request
  // (`/wins?country=ES`, see next.config.ts), so only the bare address counts.
  if (request.nextUrl.search) return false
  const pathname = request.nextUrl.pathname.replace(/(.)\/$/, '$1')
  return prerenderedRoutes().has(pathname)
}

let prerendered: Set<string> | undefined
function prerenderedRoutes(): Set<string> {
  if (prerendered) return prerendered
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(process.cwd(), '.next', 'prerender-manifest.json'), 'utf8'),
    ) as { routes?: Record<string, unknown> }
    prerendered = new Set(Object.keys(manifest.routes ?? {}))
  } catch {
    // `next dev` has no such list: everything is rendered on request.
    prerendered = new Set()
  }
  return prerendered
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
