/**
 * Addresses of draft preview and of the admin, shared by the admin's preview buttons, the preview
 * routes, the preview banner and the admin bar. The part of lib/preview that client components
 * import: nothing here reaches the server or the environment.
 */

/** Enables Next.js draft mode for signed-in staff, then opens `?path=`. */
export const PREVIEW_ROUTE = '/next/preview'
/** Disables draft mode, then opens `?path=` (or the home page). */
export const EXIT_PREVIEW_ROUTE = '/next/exit-preview'
/** Payload's default admin route (payload.config.ts does not move it). */
const ADMIN_ROUTE = '/admin'

export const previewHref = (path: string): string =>
  `${PREVIEW_ROUTE}?${new URLSearchParams({ path })}`

export const exitPreviewHref = (path: string): string =>
  `${EXIT_PREVIEW_ROUTE}?${new URLSearchParams({ path })}`

/** A document's edit view in the admin, or its collection's list without an id. */
export const adminHref = (collection: string, id?: number | string): string =>
  id === undefined
    ? `${ADMIN_ROUTE}/collections/${encodeURIComponent(collection)}`
    : `${ADMIN_ROUTE}/collections/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`

const ORIGIN = 'http://site.invalid'

/**
 * `value` as a path on this site to redirect to, or null when it could lead anywhere else. The
 * preview routes redirect to what they are given, so only a plain relative path passes: no scheme
 * (`https:`, `javascript:`), no protocol-relative `//host`, no backslash (browsers read `/\host`
 * as `//host`), no whitespace or control characters (browsers drop tabs and newlines from URLs,
 * so `/\t/host` would become `//host`), and nothing that normalises to `//host` (`/..//host`).
 */
export function safeSitePath(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null
  if (!value.startsWith('/') || value.startsWith('//')) return null
  if (/[\\\s\p{Cc}]/u.test(value)) return null
  let url: URL
  try {
    url = new URL(value, ORIGIN)
  } catch {
    return null
  }
  if (url.origin !== ORIGIN) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  return path.startsWith('//') ? null : path
}
