/**
 * Payload gives uploads an absolute URL on its server URL (`https://…/api/media/file/x.jpg`).
 * Media is always served by this same site, so pages use the path, and no remote host is
 * involved. Anything else is not one of our uploads and is not shown.
 */
export function mediaPath(url: string | null | undefined): string | null {
  if (!url) return null
  let path: string
  try {
    const parsed = new URL(url, 'http://local.invalid')
    path = `${parsed.pathname}${parsed.search}`
  } catch {
    return null
  }
  return path.startsWith('/api/media/file/') ? path : null
}
