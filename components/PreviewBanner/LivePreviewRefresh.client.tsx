'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const isDocumentEvent = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  'type' in data &&
  data.type === 'payload-document-event'

/**
 * Payload's RefreshRouteOnSave, written out: @payloadcms/live-preview-react stops at 3.90.1, and a
 * version unlike `payload`'s fails its dependency check.
 * https://payloadcms.com/docs/live-preview/server
 */
export function LivePreviewRefresh() {
  const router = useRouter()

  useEffect(() => {
    const admin = window.opener ?? (window.parent === window ? null : window.parent)
    if (!admin) return
    const { origin } = window.location
    const onMessage = (event: MessageEvent) => {
      if (event.origin === origin && event.source === admin && isDocumentEvent(event.data)) {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    // The admin sends nothing until the page says it is listening.
    admin.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])

  return null
}
