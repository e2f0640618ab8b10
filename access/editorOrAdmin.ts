import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

/** Any signed-in staff member: editors and admins both keep the record. */
export const editorOrAdmin: Access = ({ req: { user } }) => checkRole(['admin', 'editor'], user)
