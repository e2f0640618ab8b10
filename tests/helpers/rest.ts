import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'

import type { User } from '@/payload-types'

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

/** A JWT for a user created with tests/helpers/payload#createUser (its known password). */
export async function tokenFor(payload: Payload, user: User): Promise<string> {
  const { token } = await payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct horse battery staple' },
  })
  if (!token) throw new Error(`No token for ${user.email}`)
  return token
}
