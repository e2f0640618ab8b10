import type { FieldAccess } from 'payload'

import { checkRole } from '@/access/checkRole'

export const staffFieldOnly: FieldAccess = ({ req: { user } }) =>
  checkRole(['admin', 'editor'], user)
