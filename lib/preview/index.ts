/**
 * Draft preview for staff: the admin's Preview button and live preview pane open the public page
 * through /next/preview, which turns on Next.js draft mode for a signed-in editor or admin; while
 * it is on, lib/queries reads the latest drafts as that person, uncached. Client components import
 * ./links directly (nothing there reaches the server).
 * https://nextjs.org/docs/app/guides/draft-mode
 */
export * from '@/lib/preview/links'
export { isPreviewable, previewUrl, previewUrlFor } from '@/lib/preview/url'
export {
  authenticateStaff,
  getPreviewViewer,
  isDraftModeEnabled,
  publicViewer,
  type Viewer,
} from '@/lib/preview/viewer'
