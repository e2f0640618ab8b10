import { Suspense } from 'react'

import { ExitPreviewLink, LivePreviewRefresh } from '@/components/AdminBar/StaffTools.client'
import { getPreviewViewer, isDraftModeEnabled } from '@/lib/preview'

// Behind its own boundary: it depends on the request, and must not hold up the rest of the page.
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
