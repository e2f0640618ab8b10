import type { Access } from 'payload'

import { checkRole } from '@/access/checkRole'

export const adminOnly: Access = ({ req: { user } }) => checkRole(['admin'], user)
