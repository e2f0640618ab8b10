import type { User } from '@/payload-types'

export type Role = User['role']

/** The one place roles are compared. Access rules and UI checks go through it. */
export const checkRole = (allowed: Role[], user: Pick<User, 'role'> | null | undefined): boolean =>
  Boolean(user?.role && allowed.includes(user.role))
