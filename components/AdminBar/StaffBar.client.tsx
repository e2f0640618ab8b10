'use client'

import { lazy, Suspense, useSyncExternalStore } from 'react'

import type { AdminBarRecord } from '@/components/AdminBar/AdminBar.client'
import { hasStaffHint } from '@/lib/preview/staffHint'

// Its own chunk, fetched only when the hint cookie is there: visitors never download the bar.
const AdminBarClient = lazy(() =>
  import('@/components/AdminBar/AdminBar.client').then((module) => ({
    default: module.AdminBarClient,
  })),
)

const noSubscription = () => () => {}

// The hint grants nothing: the bar asks /api/users/me before it shows anything.
export function StaffBar(props: { record: AdminBarRecord; preview: boolean }) {
  const hinted = useSyncExternalStore(
    noSubscription,
    () => hasStaffHint(document.cookie),
    () => false,
  )
  return hinted ? (
    <Suspense fallback={null}>
      <AdminBarClient {...props} />
    </Suspense>
  ) : null
}
