import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'

export const metadata = notFoundMetadata

// proxy.ts sends broken percent-encoding here, which Next.js would answer with a bare 400.
export default function AddressNotFound() {
  return <NotFoundPage />
}
