import { handleEndpoints, type Payload } from 'payload'

import { SOCKET_ADDRESS_HEADER } from '@/lib/security/clientAddress'
import type { User } from '@/payload-types'
import config from '@payload-config'

/**
 * Sends a request through Payload's REST router, exactly as app/(payload)/api/[...slug] does in
 * Next.js, without a server: authentication, access control, validation and error responses are
 * the real ones.
 */
export async function rest(
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<Response> {
  const { token, ...rest } = init
  const headers = new Headers(rest.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (rest.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, { ...rest, headers })
  return handleEndpoints({ config, request })
}

/**
 * The headers a request from `address` carries inside the server: the socket's address, stamped
 * by instrumentation.ts (lib/security/clientAddress.ts), which a request built here has no socket
 * for.
 */
export const from = (address: string): Record<string, string> => ({
  [SOCKET_ADDRESS_HEADER]: address,
})

/** The session token a sign-in response sets as its cookie (bodies carry none). */
export function sessionCookie(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  const value = cookie?.split(';')[0]?.slice('payload-token='.length)
  return value || null
}

/** The address test sign-ins come from: successful sign-ins never use up its limits. */
const TEST_CLIENT = '192.0.2.1'

/**
 * A JWT for a user created with tests/helpers/payload#createUser (its known password), taken from
 * the cookie of a REST sign-in, as a browser gets it.
 */
export async function tokenFor(_payload: Payload, user: Pick<User, 'email'>): Promise<string> {
  const response = await rest('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: user.email, password: 'correct horse battery staple' }),
    headers: from(TEST_CLIENT),
  })
  const token = sessionCookie(response)
  if (response.status !== 200 || !token) {
    throw new Error(`No token for ${user.email}: ${response.status} ${await response.text()}`)
  }
  return token
}
