import { isIP } from 'node:net'

import { env } from '@/lib/env'

// Next 16 sets x-forwarded-for to the socket address only when the client sent none
// (next/dist/server/base-server.js), so it can be forged. Node's `http.server.request.start` runs
// before Next's handler: each request is stamped with its socket address in a header of our own.
// https://nodejs.org/api/diagnostics_channel.html#http
export const SOCKET_ADDRESS_HEADER = 'x-picum-socket-address'

// A dual-stack socket reports IPv4 clients as `::ffff:203.0.113.9`.
const normalise = (address: string): string =>
  address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

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

// The Nth address from the right of [...X-Forwarded-For, socket] for N trusted proxies.
// X-Real-IP is never read: it says nothing about who wrote it.
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
