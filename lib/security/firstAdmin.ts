import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { inNextBuild, inNextServer } from '@/lib/compat/next'
import { env } from '@/lib/env'

// Production asks for a setup token from the server log, so a server reachable before setup does
// not hand admin to whoever gets there first. Derived from PAYLOAD_SECRET: nothing is stored.
const PURPOSE = 'picum-assembly-record/first-admin-setup-token/v1'

export const setupTokenFor = (secret: string): string =>
  createHmac('sha256', secret).update(PURPOSE).digest('hex').slice(0, 32)

// Read at call time (Next inlines it in a production build), so a test can switch it.
export const setupTokenRequired = (): boolean => process.env.NODE_ENV === 'production'

export const SETUP_TOKEN_MISSING =
  'Enter the setup token printed in the server log when the server started (or create the first admin with npm run create-admin).'
export const SETUP_TOKEN_WRONG =
  'This is not the setup token of this server: copy it again from the server log.'
export const FIRST_ACCOUNT_EXISTS =
  'The first account has already been created: sign in, or ask an admin for an account.'

export function checkSetupToken(given: unknown, secret = env().PAYLOAD_SECRET): true | string {
  if (typeof given !== 'string' || given.trim() === '') return SETUP_TOKEN_MISSING
  const expected = Buffer.from(setupTokenFor(secret))
  const actual = Buffer.from(given.trim())
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? true
    : SETUP_TOKEN_WRONG
}

export const createFirstUserUrl = (): string =>
  `${env().NEXT_PUBLIC_SERVER_URL}/admin/create-first-user`

export async function announceSetupToken(payload: Payload): Promise<boolean> {
  if (!setupTokenRequired()) return false
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  payload.logger.info(
    `No account exists yet. Create the first admin at ${createFirstUserUrl()} with the setup ` +
      `token ${setupTokenFor(env().PAYLOAD_SECRET)} (or run npm run create-admin on the server).`,
  )
  return true
}

// Only in the Next server, not in `next build` or scripts, which also load Payload.
export async function announceSetupTokenInServer(payload: Payload): Promise<void> {
  if (!inNextServer() || inNextBuild()) {
    return
  }
  await announceSetupToken(payload).catch((error: Error) =>
    payload.logger.error(`Could not check for a first account: ${error.message}`),
  )
}
