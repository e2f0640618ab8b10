import Link from 'next/link'

import { paths } from '@/lib/urls'

export const mainSections = [
  { href: paths.assemblies(), label: 'Assemblies' },
  { href: paths.speakers(), label: 'Speakers' },
  { href: paths.organisations(), label: 'Organisations' },
  { href: paths.wins(), label: 'Wins' },
  { href: paths.topics(), label: 'Topics' },
] as const

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap site-header__inner">
        <Link href={paths.home()} className="site-header__brand">
          <span className="site-header__picum">PICUM</span>{' '}
          <span className="site-header__record">Assembly Record</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul className="site-nav__list">
            {mainSections.map((section) => (
              <li key={section.href}>
                <Link href={section.href}>{section.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  )
}
