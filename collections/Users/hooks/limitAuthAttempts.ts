import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type {
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import {
  type AuthAction,
  clearLoginBackoff,
  loginSucceeded,
  MalformedEmail,
  normaliseEmail,
  takeAuthAttempt,
  TooManyAttempts,
} from '@/lib/security/authRateLimits'
import { clientAddress } from '@/lib/security/clientAddress'

/**
 * Rate-limits the account endpoints inside Payload's operations, so REST, GraphQL and the admin
 * panel (which signs in through REST) are all covered: login, forgot-password, reset-password,
 * unlock, and first-register (an anonymous `create`: collections/Users/endpoints/firstRegister.ts
 * runs one). Calls from the server's own code (Local API) are trusted and not counted.
 * An e-mail that cannot be one is refused before anything is counted or looked up.
 * https://payloadcms.com/docs/hooks/collections#beforeoperation
 */
export const limitAuthAttempts: CollectionBeforeOperationHook<'users'> = async (hookArgs) => {
  const { req } = hookArgs
  if (req.payloadAPI === 'local') return

  let action: AuthAction
  let email: string | null = null
  switch (hookArgs.operation) {
    case 'login':
    case 'forgotPassword':
    case 'unlock': {
      action = hookArgs.operation
      const data = hookArgs.args.data as { email?: unknown }
      email = normaliseEmail(data?.email)
      if (!email) throw new MalformedEmail()
      data.email = email
      break
    }
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

  const address = clientAddress(req.headers)
  const verdict = takeAuthAttempt(action, { address, email })
  if (!verdict.allowed) {
    // Payload merges req.responseHeaders into the error response it sends.
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(verdict.retryAfterSeconds))
    req.payload.logger.warn(
      `Rate limit: ${action} refused for ${address} for ${verdict.retryAfterSeconds} s`,
    )
    throw new TooManyAttempts(action, verdict.retryAfterSeconds)
  }
  if (action === 'login' && email) {
    await hashLikeAKnownAccount(req, email, (hookArgs.args.data as { password?: unknown }).password)
  }
}

const pbkdf2Async = promisify(pbkdf2)

/**
 * How Payload hashes a password it checks (payload/dist/auth/strategies/local/
 * generatePasswordSaltHash.js); tests/int/signIn.test.ts recomputes a stored hash with it, so an
 * upgrade that changes Payload's work fails there.
 */
export const PAYLOAD_PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

/** The work Payload would do for a known account, done for an unknown one (an object, so tests can watch it). */
export const decoyHashing = {
  run: (password: string): Promise<Buffer> => {
    const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
    return pbkdf2Async(password, randomBytes(32).toString('hex'), iterations, keyLength, digest)
  },
}

/**
 * Payload answers an unknown e-mail at once but checks a known account's password first, so the
 * time an answer takes would tell which e-mails have accounts. For an unknown e-mail, do the same
 * work before Payload answers. A missing password is refused by Payload before any lookup.
 */
async function hashLikeAKnownAccount(req: PayloadRequest, email: string, password: unknown) {
  if (typeof password !== 'string' || password.trim() === '') return
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (totalDocs > 0) return
  await decoyHashing.run(password)
}

/** A sign-in that succeeded gives its attempt back and clears its back-off. */
export const countSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  loginSucceeded({ address: clientAddress(req.headers), email: normaliseEmail(user.email) })
  return user
}

/** An admin's unlock clears the account's sign-in back-off from every address. */
export const unlockClearsBackoff: CollectionAfterOperationHook<'users'> = ({ args, operation, result }) => {
  if (operation !== 'unlock' || !result) return result
  const email = normaliseEmail((args.data as { email?: unknown } | undefined)?.email)
  if (email) clearLoginBackoff(email)
  return result
}
