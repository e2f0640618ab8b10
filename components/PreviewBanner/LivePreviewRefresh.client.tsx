'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const isDocumentEvent = (data: unknown): boolean =>
  typeof data === 'object' &&
  data !== null &&
  'type' in data &&
  data.type === 'payload-document-event'

/**
 * Live preview for server-rendered pages: inside the admin's live preview (its iframe, or the
 * window it pops out), the page re-renders on the server, reading the new draft, each time the
 * admin reports a save; autosave saves 800 ms after staff stop typing.
 *
 * This is the protocol of Payload's RefreshRouteOnSave, written out: @payloadcms/live-preview-react
 * exists only up to 3.90.1, and a version that differs from `payload` makes Payload's dependency
 * check stop the development server. https://payloadcms.com/docs/live-preview/server
 */
export function LivePreviewRefresh() {
  const router = useRouter()

  useEffect(() => {
    const admin = window.opener ?? (window.parent === window ? null : window.parent)
    // Opened in a tab of its own: nothing will report saves to it.
    if (!admin) return
    // The admin is served by this same application, so it shares this page's origin.
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
