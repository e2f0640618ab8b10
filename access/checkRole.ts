import type { User } from '@/payload-types'

export type Role = User['role']

export const checkRole = (allowed: Role[], user: Pick<User, 'role'> | null | undefined): boolean =>
  Boolean(user?.role && allowed.includes(user.role))
