'use client'

// Next.js requires an error boundary to be a Client Component; it is the site's only one, and it
// only adds a retry button to a page that otherwise works as plain HTML.
import Link from 'next/link'

import { SITE_NAME } from '@/lib/generateMeta'

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  // Server errors reach the browser as a digest only: staff can match it in the server logs.
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : null
  return (
    <div className="wrap page page--narrow">
      <title>{`Something went wrong · ${SITE_NAME}`}</title>
      <header className="page-header">
        <h1>Something went wrong</h1>
        <p className="lede">
          This page could not be shown just now. The problem is on our side; please try again in a
          moment.
        </p>
      </header>
      <p className="actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </p>
      {digest ? <p className="meta">Reference for PICUM staff: {digest}</p> : null}
    </div>
  )
}
