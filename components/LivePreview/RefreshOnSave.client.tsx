'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Live preview for server-rendered pages: inside the admin's preview pane, re-render the page
 * whenever Payload reports that the document was saved (autosave runs every 800 ms while staff
 * type, and the page reads drafts in draft mode).
 *
 * This is the protocol of Payload's RefreshRouteOnSave (@payloadcms/live-preview-react), written
 * out here: the package exists only up to 3.90.1, and a version that differs from `payload`
 * makes Payload's dependency check stop the development server.
 * https://payloadcms.com/docs/live-preview/server
 */
export function RefreshOnSave({ serverURL }: { serverURL: string }) {
  const router = useRouter()

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null
      if (event.origin === serverURL && data && data.type === 'payload-document-event') {
        router.refresh()
      }
    }
    window.addEventListener('message', onMessage)
    // Tell the admin the page is listening (the pane is an iframe, or a popup window).
    const admin = window.opener ?? window.parent
    if (admin && admin !== window) admin.postMessage({ type: 'payload-live-preview', ready: true }, serverURL)
    return () => window.removeEventListener('message', onMessage)
  }, [router, serverURL])

  return null
}
