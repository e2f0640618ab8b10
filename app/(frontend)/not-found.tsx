import type { Metadata } from 'next'
import Link from 'next/link'

import { mainSections } from '@/components/SiteHeader'
import { paths } from '@/lib/urls'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
}

export default function NotFound() {
  return (
    <div className="wrap page page--narrow">
      <header className="page-header">
        <p className="eyebrow">Error 404</p>
        <h1>Page not found</h1>
        <p className="lede">
          There is no page at this address. The link may be mistyped, or the page may have been
          renamed or taken down.
        </p>
      </header>
      <p>You can start again from one of these:</p>
      <ul className="link-list">
        <li>
          <Link href={paths.home()}>The latest General Assembly</Link>
        </li>
        {mainSections.map((section) => (
          <li key={section.href}>
            <Link href={section.href}>{section.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
