import { Suspense } from 'react'

import { AdminBarClient, type AdminBarRecord } from '@/components/AdminBar/AdminBar.client'
import { isDraftModeEnabled } from '@/lib/preview'

export type { AdminBarRecord }

/**
 * Staff tools on a public page: edit the page's document, preview or leave the preview. Each
 * page names its main document (or, for a listing, its collection). Pages stay static: whether
 * someone is signed in is found out in the browser, after the page has loaded.
 *
 * Like the preview banner, the part that reads draft mode sits behind its own boundary (see
 * components/PreviewBanner).
 */
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
