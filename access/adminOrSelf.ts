import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Admins reach every account; an editor reaches only their own. Anonymous visitors: none. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
