import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { checkPasswordLength } from '@/lib/security/passwords'

/**
 * Enforces the minimum password length wherever a password is set: creating an account (also
 * through the create-first-user form), changing it on the account page, and resetting it with a
 * token. Payload's own password check only asks for 3 characters, and reset-password does not
 * run field validation, so the check sits in `beforeOperation`, which all three pass through.
 */
export const requireLongPasswords: CollectionBeforeOperationHook<'users'> = (hookArgs) => {
  let password: unknown
  switch (hookArgs.operation) {
    case 'create':
    case 'update':
    case 'updateByID':
    case 'resetPassword':
      password = (hookArgs.args.data as { password?: unknown } | undefined)?.password
      break
    default:
      return
  }
  const result = checkPasswordLength(password)
  if (result === true) return
  throw new ValidationError({
    collection: hookArgs.collection.slug,
    errors: [{ message: result, path: 'password' }],
  })
}
