import type { FieldAccess } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Field-level: only admins may set or change the field (used for roles). */
export const adminFieldOnly: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)
