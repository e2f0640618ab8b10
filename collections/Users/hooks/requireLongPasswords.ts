import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { checkPasswordLength } from '@/lib/security/passwords'

// Payload asks for only 3 characters and reset-password skips field validation, so this
// sits in beforeOperation, which create, update and reset all pass through.
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
