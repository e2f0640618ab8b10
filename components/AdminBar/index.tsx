import { Suspense } from 'react'

import type { AdminBarRecord } from '@/components/AdminBar/AdminBar.client'
import { StaffBar } from '@/components/AdminBar/StaffTools.client'
import { isDraftModeEnabled } from '@/lib/preview'

export type { AdminBarRecord }

// Pages stay static: whether someone is signed in is found out in the browser, after loading, and
// only where the staff hint cookie says someone signed in here (StaffTools.client.tsx).
export function AdminBar({ record }: { record: AdminBarRecord }) {
  return (
    <Suspense fallback={null}>
      <WithDraftMode record={record} />
    </Suspense>
  )
}

async function WithDraftMode({ record }: { record: AdminBarRecord }) {
  return <StaffBar record={record} preview={await isDraftModeEnabled()} />
}
