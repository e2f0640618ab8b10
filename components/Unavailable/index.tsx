import type { Metadata } from 'next'
import Link from 'next/link'

import { PageHeader } from '@/components/PageHeader'
import { RETRY_AFTER_SECONDS } from '@/lib/db/unavailable'
import { SITE_NAME } from '@/lib/generateMeta'

export const unavailableMetadata: Metadata = {
  title: 'Temporarily unavailable',
  robots: { index: false, follow: false },
}

// Shown while the database is out of reach, so it reads nothing from it.
export function UnavailableContent() {
  return (
    <div className="wrap page page--narrow">
      <PageHeader
        title="Temporarily unavailable"
        lede={`${SITE_NAME} cannot reach its database just now. This usually lasts a few seconds: please try again in ${RETRY_AFTER_SECONDS} seconds. Nothing you saved has been lost.`}
      />
      <p className="actions">
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  )
}
