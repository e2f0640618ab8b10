import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { AdminBar, type AdminBarRecord } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { generateMeta } from '@/lib/generateMeta'

export type PageOf = { page: number; pageCount: number; total: number }

export const pageLabel = ({ page, pageCount }: PageOf): string => `page ${page} of ${pageCount}`

// Page 2 on of a list that starts on a record's own page: later pages are not indexed.
export const pagedListMetadata = (title: string, path: string): Metadata => ({
  ...generateMeta({ title, path }),
  robots: { index: false, follow: true },
})

/** Page 2 on of a record's long list (appearances, sessions), with the way back to its page. */
export function PagedRecordList({
  record,
  trail,
  title,
  lede,
  paging,
  hrefFor,
  children,
}: {
  record: AdminBarRecord
  trail: Parameters<typeof Breadcrumbs>[0]['trail']
  title: string
  lede: ReactNode
  paging: PageOf
  hrefFor: (page: number) => string
  children: ReactNode
}) {
  return (
    <article className="wrap page">
      <Breadcrumbs trail={trail} current={`${title}, ${pageLabel(paging)}`} />
      <PageHeader title={title} lede={lede} />
      {children}
      <Pagination
        page={paging.page}
        pageCount={paging.pageCount}
        hrefFor={hrefFor}
        label={`${title}: pages`}
      />
      <AdminBar record={record} />
    </article>
  )
}
