import { notFound } from 'next/navigation'

/**
 * Any address no other route claims. The site has two root layouts (the public site and
 * Payload's admin), so there is no app-wide not-found page: this sends unknown addresses to the
 * public site's own 404, with its header, navigation and a 404 status.
 */
export default function UnknownAddress(): never {
  notFound()
}
