import Link from 'next/link'
import type { ReactNode } from 'react'

/** Under a list cut short: the way to the rest of it. */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="section__more">
      <Link href={href}>{children}</Link>
    </p>
  )
}
