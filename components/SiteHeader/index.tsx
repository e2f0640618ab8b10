import Link from 'next/link'

import { MAX_QUERY_LENGTH } from '@/lib/search/params'
import { paths } from '@/lib/urls'

const mainSections = [
  { href: paths.assemblies(), label: 'Assemblies' },
  { href: paths.speakers(), label: 'Speakers' },
  { href: paths.organisations(), label: 'Organisations' },
  { href: paths.wins(), label: 'Wins' },
  { href: paths.topics(), label: 'Topics' },
] as const

// One element shared by the header, the footer and the 404 page: React's flight data writes an
// element it has already sent as a reference to it, so the links are sent once per page.
const mainSectionItems = (
  <>
    {mainSections.map((section) => (
      <li key={section.href}>
        <Link href={section.href}>{section.label}</Link>
      </li>
    ))}
  </>
)

export function MainSectionItems() {
  return mainSectionItems
}

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
            <MainSectionItems />
          </ul>
        </nav>
        {/* A plain GET form: /search?q=… works without JavaScript and can be bookmarked. */}
        <form
          role="search"
          aria-label="Site"
          action={paths.search()}
          method="get"
          className="site-search"
        >
          <label htmlFor="site-search-q" className="visually-hidden">
            Search the record
          </label>
          <input id="site-search-q" type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
          <button type="submit" className="site-search__button">
            Search
          </button>
        </form>
      </div>
    </header>
  )
}
