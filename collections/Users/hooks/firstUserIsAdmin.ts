import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

// "First" is decided by the unique `firstAccount` index, not by counting: simultaneous first
// registrations would all count zero.
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
