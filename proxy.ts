import { type NextRequest, NextResponse } from 'next/server'

/**
 * An address whose percent-encoding cannot be decoded (`/speakers/%E0%A4%A`) names no page of
 * the record: answer it with the site's own 404 page instead of Next.js's bare 400. The matcher
 * only lets addresses containing `%` reach this function, so ordinary requests never run it.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return NextResponse.next()
  } catch {
    return NextResponse.rewrite(new URL('/address-not-found', request.url), { status: 404 })
  }
}

export const config = {
  matcher: ['/((?!_next/|api/|admin).*%.*)'],
}
