import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { adminOrSelf } from '@/access/adminOrSelf'
import { checkRole } from '@/access/checkRole'
import { firstRegister } from '@/collections/Users/endpoints/firstRegister'
import { firstUserIsAdmin } from '@/collections/Users/hooks/firstUserIsAdmin'
import {
  countSuccessfulLogin,
  limitAuthAttempts,
  unlockClearsBackoff,
} from '@/collections/Users/hooks/limitAuthAttempts'
import { requireLongPasswords } from '@/collections/Users/hooks/requireLongPasswords'
import { requireSetupToken } from '@/collections/Users/hooks/requireSetupToken'
import { clearStaffHint, renewStaffHint, setStaffHint } from '@/collections/Users/hooks/staffHint'
import { env } from '@/lib/env'
import { selectOptions } from '@/lib/options/define'
import { userRoles } from '@/lib/options/userRoles'
import { setupTokenRequired } from '@/lib/security/firstAdmin'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: ({ req: { user } }) => checkRole(['admin', 'editor'], user),
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
  },
  admin: {
    group: 'Administration',
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    hidden: ({ user }) => !checkRole(['admin'], user as unknown as { role: 'admin' | 'editor' }),
  },
  auth: {
    // Payload's lock lets anyone who knows a staff address lock its owner out;
    // lib/security/authRateLimits.ts backs off per client address and account instead.
    maxLoginAttempts: 0,
    // A token in a response body can be read by any script on the page; the httpOnly cookie cannot.
    removeTokenFromResponses: true,
    cookies: {
      // Lax keeps the session on a link from an e-mail into the admin, not on cross-site posts.
      sameSite: 'Lax',
      secure: env().NODE_ENV === 'production',
    },
  },
  endpoints: [firstRegister],
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: selectOptions(userRoles),
      // So nobody can raise their own role.
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        position: 'sidebar',
        description: 'The very first account is always an admin. Only admins can change roles.',
      },
    },
    {
      name: 'firstAccount',
      type: 'checkbox',
      // The unique index lets one row hold it, so two accounts can never both be "first".
      unique: true,
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    {
      name: 'setupToken',
      type: 'text',
      label: 'Setup token',
      virtual: true,
      access: { read: () => false, update: () => false },
      admin: {
        readOnly: false,
        description:
          'Printed in the server log when the server started with no account: it shows that you run this server.',
        condition: (_data, _siblingData, { user }) => setupTokenRequired() && !user,
        disableListColumn: true,
        disableListFilter: true,
      },
    },
  ],
  hooks: {
    beforeOperation: [limitAuthAttempts, requireLongPasswords],
    beforeValidate: [requireSetupToken],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [countSuccessfulLogin, setStaffHint],
    afterLogout: [clearStaffHint],
    afterRefresh: [renewStaffHint],
    afterOperation: [unlockClearsBackoff],
  },
}
