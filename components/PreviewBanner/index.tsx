import { Suspense } from 'react'

import { ExitPreviewLink } from '@/components/PreviewBanner/ExitPreviewLink.client'
import { LivePreviewRefresh } from '@/components/PreviewBanner/LivePreviewRefresh.client'
import { getPreviewViewer, isDraftModeEnabled } from '@/lib/preview'

/**
 * Tells staff in draft mode that the page shows drafts, with the way out. Visitors, and every
 * statically generated page, get nothing: draft mode is always off at build time.
 *
 * It depends on the request (draft mode, the staff session), so it sits behind its own boundary:
 * it never holds up the rest of the page, and renderers that cannot wait for it (the route tests
 * render pages with react-dom/server) render the page without it.
 */
export function PreviewBanner() {
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  )
}

async function Banner() {
  if (!(await isDraftModeEnabled())) return null
  const viewer = await getPreviewViewer()
  return (
    <section className="preview-banner" aria-label="Draft preview">
      <div className="wrap preview-banner__inner">
        <p className="preview-banner__text">
          {viewer ? (
            <>
              <strong>You are viewing a draft preview.</strong> Unpublished changes are shown here;
              visitors see the published record.
            </>
          ) : (
            // The draft-mode cookie outlives a staff session: say why no drafts are shown.
            <>
              <strong>Draft preview is on, but you are not signed in as staff.</strong> This is the
              published record.
            </>
          )}
        </p>
        <ExitPreviewLink className="preview-banner__exit" />
      </div>
      {viewer ? <LivePreviewRefresh /> : null}
    </section>
  )
}
