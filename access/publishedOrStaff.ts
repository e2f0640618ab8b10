import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

// A `Where` rather than `false`, so anonymous list queries succeed with drafts filtered out.
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'editor'], user)) return true
  return { _status: { equals: 'published' } }
}
