import type { Metadata } from 'next'

import { NotFoundContent } from '@/components/NotFoundPage'
import { SiteFrame } from '@/components/SiteFrame'
import { SITE_NAME } from '@/lib/generateMeta'

import './(frontend)/styles.css'

export const metadata: Metadata = {
  title: `Page not found · ${SITE_NAME}`,
  robots: { index: false },
}

// With two root layouts (site and admin) Next.js renders this one as a whole document.
export default function GlobalNotFound() {
  return (
    <SiteFrame>
      <NotFoundContent />
    </SiteFrame>
  )
}
