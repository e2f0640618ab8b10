import { Suspense } from 'react'

import { AdminBarClient, type AdminBarRecord } from '@/components/AdminBar/AdminBar.client'
import { isDraftModeEnabled } from '@/lib/preview'

export type { AdminBarRecord }

// Pages stay static: whether someone is signed in is found out in the browser, after loading.
export function AdminBar({ record }: { record: AdminBarRecord }) {
  return (
    <Suspense fallback={null}>
      <WithDraftMode record={record} />
    </Suspense>
  )
}

async function WithDraftMode({ record }: { record: AdminBarRecord }) {
  return <AdminBarClient record={record} preview={await isDraftModeEnabled()} />
}
