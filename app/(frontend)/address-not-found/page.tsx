import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'

export const metadata = notFoundMetadata

/**
 * Where proxy.ts sends addresses with broken percent-encoding (`/speakers/%E0%A4%A`), which
 * Next.js would otherwise answer with a bare 400 before any route runs. A static route with no
 * parameters, so nothing here tries to decode the original address again.
 */
export default function AddressNotFound() {
  return <NotFoundPage />
}
