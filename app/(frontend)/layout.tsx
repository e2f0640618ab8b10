import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { env } from '@/lib/env'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().NEXT_PUBLIC_SERVER_URL),
  title: { default: 'PICUM Assembly Record', template: '%s · PICUM Assembly Record' },
  description:
    'The record of the General Assemblies of PICUM, the Platform for International Cooperation on Undocumented Migrants.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a className="site-title" href="/">
            PICUM Assembly Record
          </a>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Kept by PICUM, the Platform for International Cooperation on Undocumented Migrants.
          </p>
        </footer>
      </body>
    </html>
  )
}
