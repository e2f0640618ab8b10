import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

export const editorOrAdmin: Access = ({ req: { user } }) => checkRole(['admin', 'editor'], user)
