import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The first account becomes an admin: somebody has to be able to manage users, and the role field
 * is closed to anyone who is not already an admin.
 *
 * "First" is decided by the database, not by counting: counting and then inserting is not atomic,
 * and simultaneous first registrations would all count zero. The first account claims the unique
 * `firstAccount` flag; every other insert that claims it too fails on the unique index (and
 * first-register answers 409). An anonymous create only comes from first-register, so it always
 * claims; the server's own code (the seed, `npm run create-admin`, tests) claims on an empty table.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const registering = !req.user && req.payloadAPI !== 'local'
  const claims =
    registering || (await req.payload.count({ collection: 'users', req })).totalDocs === 0
  return claims ? { ...data, role: 'admin', firstAccount: true } : { ...data, firstAccount: null }
}
