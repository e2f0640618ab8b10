import { UnavailableContent, unavailableMetadata } from '@/components/Unavailable'

export const metadata = unavailableMetadata

/**
 * Where proxy.ts sends requests that need the database while it is down (with status 503).
 * Static: it is rendered at build, so it is served without the database.
 */
export const dynamic = 'force-static'

export default function UnavailablePage() {
  return <UnavailableContent />
}
