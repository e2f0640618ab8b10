// Client components import ./links directly: nothing there reaches the server.
// https://nextjs.org/docs/app/guides/draft-mode
export * from '@/lib/preview/links'
export { isPreviewable, previewUrl, previewUrlFor } from '@/lib/preview/url'
export {
  authenticateStaff,
  getPreviewViewer,
  isDraftModeEnabled,
  publicViewer,
  type Viewer,
} from '@/lib/preview/viewer'
