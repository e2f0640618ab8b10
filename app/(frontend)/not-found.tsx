import { NotFoundContent, notFoundMetadata } from '@/components/NotFoundPage'

export const metadata = notFoundMetadata

/** The 404 boundary for client-side navigation; server responses use <NotFoundPage>. */
export default function NotFound() {
  return <NotFoundContent />
}
