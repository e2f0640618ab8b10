// Imported by client components: nothing here may reach the server or the environment.

export const PREVIEW_ROUTE = '/next/preview'
export const EXIT_PREVIEW_ROUTE = '/next/exit-preview'
const ADMIN_ROUTE = '/admin'

export const previewHref = (path: string): string =>
  `${PREVIEW_ROUTE}?${new URLSearchParams({ path })}`

export const exitPreviewHref = (path: string): string =>
  `${EXIT_PREVIEW_ROUTE}?${new URLSearchParams({ path })}`

export const adminHref = (collection: string, id?: number | string): string =>
  id === undefined
    ? `${ADMIN_ROUTE}/collections/${encodeURIComponent(collection)}`
    : `${ADMIN_ROUTE}/collections/${encodeURIComponent(collection)}/${encodeURIComponent(id)}`

const ORIGIN = 'http://site.invalid'

// The preview routes redirect to what they are given: browsers read `/\host`, `/\t/host` and
// `/..//host` as `//host`, so only a plain relative path passes.
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
