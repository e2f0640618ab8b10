'use client'

import { type ComponentProps, lazy, Suspense, useSyncExternalStore } from 'react'

import type { AdminBarRecord } from '@/components/AdminBar/AdminBar.client'
import { hasStaffHint } from '@/lib/preview/staffHint'

// The only staff code every page loads: one module, so the layout and the pages share its chunk.
// Each tool fetches its real code, in a chunk of its own, only when it is shown.

const AdminBarClient = lazy(() =>
  import('@/components/AdminBar/AdminBar.client').then((module) => ({
    default: module.AdminBarClient,
  })),
)

const LazyExitPreviewLink = lazy(() =>
  import('@/components/PreviewBanner/ExitPreviewLink.client').then((module) => ({
    default: module.ExitPreviewLink,
  })),
)

const LazyLivePreviewRefresh = lazy(() =>
  import('@/components/PreviewBanner/LivePreviewRefresh.client').then((module) => ({
    default: module.LivePreviewRefresh,
  })),
)

const noSubscription = () => () => {}

// Visitors without the hint cookie never download the bar. The hint grants nothing: the bar asks
// /api/users/me before it shows anything.
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

// Rendered by the preview banner, only in draft mode. Functions, not the lazy components
// themselves: React cannot render a lazy component that the flight client hands over inside its
// own lazy wrapper while this module's chunk loads.
export function ExitPreviewLink(props: ComponentProps<typeof LazyExitPreviewLink>) {
  return <LazyExitPreviewLink {...props} />
}

export function LivePreviewRefresh() {
  return <LazyLivePreviewRefresh />
}
