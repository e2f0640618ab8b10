import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { adminOrSelf } from '@/access/adminOrSelf'
import { checkRole } from '@/access/checkRole'
import { firstUserIsAdmin } from '@/collections/Users/hooks/firstUserIsAdmin'
import { limitAuthAttempts, refundSuccessfulLogin } from '@/collections/Users/hooks/limitAuthAttempts'
import { requireLongPasswords } from '@/collections/Users/hooks/requireLongPasswords'
import { env } from '@/lib/env'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => checkRole(['admin', 'editor'], user),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
  },
  admin: {
    group: 'Administration',
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    // Editors keep the record; managing accounts is an admin's job.
    hidden: ({ user }) => !checkRole(['admin'], user as unknown as { role: 'admin' | 'editor' }),
  },
  auth: {
    // Five wrong passwords lock the account for ten minutes (a reset-password also unlocks it);
    // lib/security/authRateLimits.ts limits attempts across accounts as well.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: {
      // httpOnly is Payload's default. Lax keeps the session on a link from an e-mail into the
      // admin but not on cross-site posts; Secure keeps the cookie off plain HTTP in production
      // (browsers treat http://localhost as secure, so a local production build still works).
      sameSite: 'Lax',
      secure: env().NODE_ENV === 'production',
    },
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: [
        { label: 'Admin: keeps the record and manages staff accounts', value: 'admin' },
        { label: 'Editor: keeps the record', value: 'editor' },
      ],
      // Only admins set roles, so nobody can raise their own.
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        position: 'sidebar',
        description: 'The very first account is always an admin. Only admins can change roles.',
      },
    },
  ],
  hooks: {
    beforeOperation: [limitAuthAttempts, requireLongPasswords],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [refundSuccessfulLogin],
  },
}
