import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

// Staff see every upload; others only images in published use or marked public. Payload also
// applies this `Where` to the file route (payload/dist/uploads/checkFileAccess.js).
export const mediaVisibleOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  return { or: [{ public: { equals: true } }, { inPublishedUse: { equals: true } }] } as const
}
