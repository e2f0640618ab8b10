import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import {
  type AuthAction,
  refundAuthAttempt,
  takeAuthAttempt,
  TooManyAttempts,
} from '@/lib/security/authRateLimits'
import { clientAddress } from '@/lib/security/rateLimit'

/**
 * Rate-limits the account endpoints inside Payload's operations, so REST, GraphQL and the admin
 * panel (which signs in through REST) are all covered: login, forgot-password, reset-password,
 * unlock, and first-register (an anonymous `create`: Payload's registerFirstUser runs one).
 * Calls from the server's own code (Local API) are trusted and not counted.
 * https://payloadcms.com/docs/hooks/collections#beforeoperation
 */
export const limitAuthAttempts: CollectionBeforeOperationHook<'users'> = (hookArgs) => {
  const { req } = hookArgs
  if (req.payloadAPI === 'local') return

  let action: AuthAction
  let email: unknown
  switch (hookArgs.operation) {
    case 'login':
    case 'forgotPassword':
    case 'unlock':
      action = hookArgs.operation
      email = hookArgs.args.data?.email
      break
    case 'resetPassword':
      action = 'resetPassword'
      break
    case 'create':
      // Signed-in admins creating accounts are not limited; anonymous creates are first-register.
      if (req.user) return
      action = 'register'
      break
    default:
      return
  }

  const verdict = takeAuthAttempt(action, {
    address: clientAddress(req.headers),
    email: typeof email === 'string' ? email : null,
  })
  if (verdict.allowed) return
  // Payload merges req.responseHeaders into the error response it sends.
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(verdict.retryAfterSeconds))
  req.payload.logger.warn(
    `Rate limit: ${action} refused for ${clientAddress(req.headers)} for ${verdict.retryAfterSeconds} s`,
  )
  throw new TooManyAttempts(action, verdict.retryAfterSeconds)
}

/** A sign-in that succeeded gives its attempt back: only failures use the sign-in limits up. */
export const refundSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  refundAuthAttempt('login', { address: clientAddress(req.headers), email: user.email })
  return user
}
