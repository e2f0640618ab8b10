import Link from 'next/link'
import type { ReactNode } from 'react'

// Without a slug yet the record is still named, never linked to an address that does not exist.
export function RecordLink({
  href,
  className,
  children,
}: {
  href: string | null
  className?: string
  children: ReactNode
}) {
  // An absent className is left out: Link is a client component, and every prop it is given is
  // written into the page's inline data, `undefined` included.
  return href ? (
    <Link href={href} {...(className ? { className } : {})}>
      {children}
    </Link>
  ) : className ? (
    <span className={className}>{children}</span>
  ) : (
    <>{children}</>
  )
}
