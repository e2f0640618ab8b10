import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { PageHeader } from '@/components/PageHeader'
import { MainSectionItems } from '@/components/SiteHeader'
import { paths } from '@/lib/urls'

export const notFoundMetadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
}

/** The body of the site's 404 page. */
export function NotFoundContent() {
  return (
    <div className="wrap page page--narrow">
      <PageHeader
        eyebrow="Error 404"
        title="Page not found"
        lede="There is no page at this address. The link may be mistyped, or the page may have been renamed or taken down."
      />
      <p>You can start again from one of these:</p>
      <ul className="link-list">
        <li>
          <Link href={paths.home()}>The latest General Assembly</Link>
        </li>
        <MainSectionItems />
      </ul>
    </div>
  )
}

async function SignalNotFound(): Promise<never> {
  notFound()
}

/**
 * What a page returns when its record does not exist: the 404 page, rendered on the server.
 *
 * Next.js 16 answers a `notFound()` thrown while rendering a page's shell with a 404 whose body
 * is an empty `<html id="__next_error__">` document that only client JavaScript fills in
 * (vercel/next.js#98954), so without JavaScript the visitor saw a blank page. Here the content is
 * part of the page itself, and `notFound()` is thrown after it, inside a Suspense boundary: the
 * response still gets the 404 status and a noindex tag, and its HTML carries the page. The
 * detail pages are rendered in full before anything is sent (static generation and ISR), so the
 * boundary resolves before the status is written.
 */
export function NotFoundPage() {
  // `next dev` streams every page, so there the boundary resolves after the status is sent (a
  // 200). Signal the 404 directly instead: in development the browser has JavaScript anyway.
  if (process.env.NODE_ENV === 'development') notFound()
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <SignalNotFound />
      </Suspense>
    </>
  )
}
