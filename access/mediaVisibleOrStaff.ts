import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Staff see every upload. Everyone else sees an image only while it is shown on the public
 * site: a published document uses it (`inPublishedUse`, kept by hooks/trackMediaUse.ts) or staff
 * marked it public. As a `Where`, Payload applies it to lists, reads by id, counts, GraphQL,
 * populated relationships and the file route, where it is matched against the original's name
 * and every size's (payload/dist/uploads/checkFileAccess.js).
 */
export const mediaVisibleOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  return { or: [{ public: { equals: true } }, { inPublishedUse: { equals: true } }] } as const
}
