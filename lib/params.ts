import { isSlug } from '@/lib/slugify'

// Anything that cannot be an address here is null: a 404 without touching the database.
export function parseYear(raw: string | undefined): number | null {
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null
}

export function parseSlug(raw: string | undefined): string | null {
  if (!raw) return null
  let value: string
  try {
    // Slugs are ASCII, so decoding a valid one leaves it unchanged.
    value = decodeURIComponent(raw)
  } catch {
    return null
  }
  return isSlug(value) ? value : null
}

/** A document id from an endpoint's path (`/:id/…`): a positive whole number, else null. */
export function parseDocumentId(raw: unknown): number | null {
  const value = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN
  return Number.isSafeInteger(value) && value > 0 ? value : null
}
