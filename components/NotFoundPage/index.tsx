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
 * A `notFound()` thrown in a page's shell gets an empty body that only client JavaScript fills in
 * (vercel/next.js#98954). Thrown after the content, inside Suspense, the 404 keeps its HTML; the
 * detail pages render in full before sending, so the status is still written.
 */
export function NotFoundPage() {
  // `next dev` streams, so the boundary would resolve after a 200 was sent.
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
