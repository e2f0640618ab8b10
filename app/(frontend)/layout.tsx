import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { PreviewBanner } from '@/components/PreviewBanner'
import { SiteFrame } from '@/components/SiteFrame'
import { env } from '@/lib/env'
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/generateMeta'

import './styles.css'

export const metadata: Metadata = {
  // Every relative URL in page metadata (canonical, Open Graph) resolves against the public origin.
  metadataBase: new URL(env().NEXT_PUBLIC_SERVER_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
}

export const viewport: Viewport = {
  themeColor: '#fbfaf7',
  colorScheme: 'light',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return <SiteFrame banner={<PreviewBanner />}>{children}</SiteFrame>
}
