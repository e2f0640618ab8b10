'use client'

import { usePathname } from 'next/navigation'

import { exitPreviewHref } from '@/lib/preview/links'

/** Leaves draft mode and comes back to the same page, as visitors see it. */
export function ExitPreviewLink({ className }: { className?: string }) {
  const pathname = usePathname() ?? '/'
  // A plain link, not next/link: the exit route changes a cookie and redirects, which takes a
  // full request rather than a client-side navigation.
  return (
    <a className={className} href={exitPreviewHref(pathname)}>
      Exit preview
    </a>
  )
}
