import Link from 'next/link'

import { MainSectionItems } from '@/components/SiteHeader'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="wrap site-footer__inner">
        <p className="site-footer__about">
          The record of the General Assemblies of <a href="https://picum.org">PICUM</a>, the
          Platform for International Cooperation on Undocumented Migrants: who spoke, for which
          organisation, what they said, and what the network has won.
        </p>
        <nav aria-label="Footer">
          <ul className="site-footer__links">
            <MainSectionItems />
            <li>
              <Link href="/admin" prefetch={false}>
                Staff sign-in
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
