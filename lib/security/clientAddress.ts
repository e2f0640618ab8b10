import { isIP } from 'node:net'

import { env } from '@/lib/env'

/**
 * Who is asking: the address the sign-in limits count. This module is the one place that leans on
 * Node.js and Next.js internals for it (tests/int/clientAddress.test.ts and
 * tests/e2e/11-accounts.spec.ts hold them to it):
 *
 * - Next.js 16 sets `x-forwarded-for` to the socket's address only when the client sent none
 *   (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js),
 *   so a client that forges the header hides its address, and the request that reaches a route
 *   handler no longer carries the socket's address at all.
 * - Node.js publishes every incoming request on the `http.server.request.start` diagnostics
 *   channel, synchronously, before the server's `request` listeners (Next.js's handler) run.
 *   https://nodejs.org/api/diagnostics_channel.html#http
 *
 * So the server stamps each request with its socket's address, in a header of our own that
 * overwrites whatever a client sent under that name, and `clientAddress` reads the stamp.
 */
export const SOCKET_ADDRESS_HEADER = 'x-picum-socket-address'

/** An IPv4 client on a dual-stack socket shows up as `::ffff:203.0.113.9`: count it as IPv4. */
const normalise = (address: string): string => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

/** Called once per server process, from instrumentation.ts. */
export async function stampSocketAddresses(): Promise<void> {
  const store = globalThis as typeof globalThis & { __picumSocketStamp?: boolean }
  if (store.__picumSocketStamp) return
  store.__picumSocketStamp = true
  const { subscribe } = await import('node:diagnostics_channel')
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as {
      request: { headers: Record<string, string | string[] | undefined> }
      socket: { remoteAddress?: string }
    }
    request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? ''
  })
}

const validAddress = (value: string | null | undefined): string | null => {
  const address = value ? normalise(value) : ''
  return isIP(address) ? address : null
}

/**
 * The client's address. With no trusted proxy (TRUSTED_PROXY_HOPS=0, the default) it is the
 * socket's address and no header a client sends changes it. With N proxies in front of the app,
 * each appending the address it was reached from to `X-Forwarded-For`, it is the Nth address from
 * the right of [...X-Forwarded-For, socket]: the one the outermost trusted proxy saw. A chain
 * shorter than N gives its leftmost entry; an entry that is not an IP address gives the socket's.
 * `X-Real-IP` is never read: it holds one address and says nothing about who wrote it.
 */
export function clientAddress(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string {
  const socket = validAddress(headers.get(SOCKET_ADDRESS_HEADER))
  if (!socket) return 'unknown'
  if (hops === 0) return socket
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, socket]
  const chosen = chain[Math.max(0, chain.length - 1 - hops)]
  return validAddress(chosen) ?? socket
}
