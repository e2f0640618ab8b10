// Media is always served by this site, so pages use the path; anything else is not shown.
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
