import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * Staff read everything; everyone else reads published documents only. Returning a `Where`
 * (rather than `false`) lets anonymous list queries succeed with the drafts filtered out.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  return { _status: { equals: 'published' } }
}
