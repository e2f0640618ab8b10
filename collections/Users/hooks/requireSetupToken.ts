import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { checkSetupToken, setupTokenRequired } from '@/lib/security/firstAdmin'
import type { User } from '@/payload-types'

// Runs after access control, so an anonymous POST to /api/users is still a plain 403.
export const requireSetupToken: CollectionBeforeValidateHook<User> = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { setupToken, ...rest } = data
  if (req.user || req.payloadAPI === 'local' || !setupTokenRequired()) return rest
  const verdict = checkSetupToken(setupToken)
  if (verdict !== true) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ message: verdict, path: 'setupToken' }],
    })
  }
  return rest
}
