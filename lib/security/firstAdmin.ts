import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { inNextBuild, inNextServer } from '@/lib/compat/next'
import { env } from '@/lib/env'

/**
 * The first account on an empty database becomes an admin. In development anyone at the keyboard
 * may make it; in production a server that is reachable before anyone has set it up must not hand
 * it to whoever gets there first. So production asks for a setup token, printed in the server's
 * log when it starts with no account (only whoever runs the server reads that), or the first admin
 * is made on the command line (`npm run create-admin`).
 *
 * The token is derived from PAYLOAD_SECRET, so every process of the app agrees on it without
 * storing anything, and it is worth nothing once an account exists: first-register refuses then.
 */
const PURPOSE = 'picum-assembly-record/first-admin-setup-token/v1'

/** 128 bits, in hexadecimal: one word to select and copy from a terminal. */
export const setupTokenFor = (secret: string): string =>
  createHmac('sha256', secret).update(PURPOSE).digest('hex').slice(0, 32)

/**
 * Production only. Read at call time (Next.js inlines it in a production build), so a test can
 * switch it.
 */
export const setupTokenRequired = (): boolean => process.env.NODE_ENV === 'production'

export const SETUP_TOKEN_MISSING =
  'Enter the setup token printed in the server log when the server started (or create the first admin with npm run create-admin).'
export const SETUP_TOKEN_WRONG =
  'This is not the setup token of this server: copy it again from the server log.'
export const FIRST_ACCOUNT_EXISTS =
  'The first account has already been created: sign in, or ask an admin for an account.'

/** `true`, or why the token given with a first registration is refused. */
export function checkSetupToken(given: unknown, secret = env().PAYLOAD_SECRET): true | string {
  if (typeof given !== 'string' || given.trim() === '') return SETUP_TOKEN_MISSING
  const expected = Buffer.from(setupTokenFor(secret))
  const actual = Buffer.from(given.trim())
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? true
    : SETUP_TOKEN_WRONG
}

/** Where the first admin is made in the browser. */
export const createFirstUserUrl = (): string =>
  `${env().NEXT_PUBLIC_SERVER_URL}/admin/create-first-user`

/**
 * Prints the setup token when a production server starts on a database with no account. Says
 * nothing otherwise: the token is only useful, and only shown, then.
 */
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

/**
 * Payload's onInit: announces the token in the Next.js server (loaded at start by
 * lib/serverStart.ts), not during `next build` nor in scripts (seed, migrate), which also load
 * Payload. A failure is logged and start-up goes on: the token can also be read again later.
 */
export async function announceSetupTokenInServer(payload: Payload): Promise<void> {
  if (!inNextServer() || inNextBuild()) {
    return
  }
  await announceSetupToken(payload).catch((error: Error) =>
    payload.logger.error(`Could not check for a first account: ${error.message}`),
  )
}
