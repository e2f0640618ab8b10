import type { ReactNode } from 'react'

import { AdminBar, type AdminBarRecord } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { recordPageLd } from '@/lib/structuredData'

export function RecordArticle({
  record,
  trail,
  current,
  structuredData,
  children,
}: {
  record: AdminBarRecord
  trail: Parameters<typeof Breadcrumbs>[0]['trail']
  current: string
  structuredData?: Parameters<typeof recordPageLd>[0]
  children: ReactNode
}) {
  return (
    <article className="wrap page">
      {structuredData ? <JsonLd data={recordPageLd(structuredData)} /> : null}
      <Breadcrumbs trail={trail} current={current} />
      {children}
      <AdminBar record={record} />
    </article>
  )
}
