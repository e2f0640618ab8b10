import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundPage'
import { SiteFrame } from '@/components/SiteFrame'
import { SITE_NAME } from '@/lib/generateMeta'

import './(frontend)/styles.css'

export const metadata: Metadata = {
  title: `Page not found · ${SITE_NAME}`,
  robots: { index: false },
}

/**
 * Any address no route claims (`experimental.globalNotFound`). The app has two root layouts,
 * the public site's and Payload's admin, so Next.js renders this page on its own, as a whole
 * document prerendered at build time: the public site's 404 with its header and navigation.
 */
export default function GlobalNotFound() {
  return (
    <SiteFrame>
      <NotFoundContent />
    </SiteFrame>
  )
}
