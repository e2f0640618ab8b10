'use client'

import { usePathname } from 'next/navigation'

import { exitPreviewHref } from '@/lib/preview/links'

export function ExitPreviewLink({ className }: { className?: string }) {
  const pathname = usePathname() ?? '/'
  // Not next/link: the exit route sets a cookie and redirects, which needs a full request.
  return (
    <a className={className} href={exitPreviewHref(pathname)}>
      Exit preview
    </a>
  )
}
