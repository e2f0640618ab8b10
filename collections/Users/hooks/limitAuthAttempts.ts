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

// In beforeOperation so REST, GraphQL and the admin are all covered; the Local API is trusted.
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

// payload/dist/auth/strategies/local/generatePasswordSaltHash.js; tests/int/accounts/signIn.test.ts checks.
export const PAYLOAD_PASSWORD_HASH = {
  iterations: 600_000,
  keyLength: 32,
  digest: 'sha256',
} as const

export const decoyHashing = {
  run: (password: string): Promise<Buffer> => {
    const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
    return pbkdf2Async(password, randomBytes(32).toString('hex'), iterations, keyLength, digest)
  },
}

// Payload checks a known account's password but answers an unknown e-mail at once, so the
// timing would tell which e-mails have accounts.
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

export const countSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  if (req.payloadAPI === 'local') return user
  loginSucceeded({ address: clientAddress(req.headers), email: normaliseEmail(user.email) })
  return user
}

export const unlockClearsBackoff: CollectionAfterOperationHook<'users'> = ({
  args,
  operation,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = normaliseEmail((args.data as { email?: unknown } | undefined)?.email)
  if (email) clearLoginBackoff(email)
  return result
}
