import { UnavailableContent, unavailableMetadata } from '@/components/Unavailable'

export const metadata = unavailableMetadata

// Rendered at build, so proxy.ts can serve it while the database is down.
export const dynamic = 'force-static'

export default function UnavailablePage() {
  return <UnavailableContent />
}
