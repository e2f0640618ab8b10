import { isSlug } from '@/lib/slugify'

/**
 * Route parameters as they arrive from the URL, checked before any query: anything that cannot
 * be an address on the site (`/assemblies/abc`, `/assemblies/99999`, a slug with a stray `%`)
 * becomes null, and the page answers 404 without touching the database.
 */
export function parseYear(raw: string | undefined): number | null {
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null
}

export function parseSlug(raw: string | undefined): string | null {
  if (!raw) return null
  let value: string
  try {
    // Next.js hands over decoded values; a still-encoded one is decoded once (slugs are ASCII, so
    // a valid slug is unchanged), and malformed escapes like `%E0%A4%A` are refused.
    value = decodeURIComponent(raw)
  } catch {
    return null
  }
  return isSlug(value) ? value : null
}
