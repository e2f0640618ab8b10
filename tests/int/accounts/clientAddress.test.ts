import http from 'node:http'
import type { AddressInfo } from 'node:net'

import {
  clientAddress,
  SOCKET_ADDRESS_HEADER,
  stampSocketAddresses,
} from '@/lib/security/clientAddress'

const headers = (values: Record<string, string>) => new Headers(values)
const socket = (address: string, more: Record<string, string> = {}) =>
  headers({ [SOCKET_ADDRESS_HEADER]: address, ...more })

describe('clientAddress', () => {
  const forged = { 'x-forwarded-for': '10.1.1.1, 10.2.2.2', 'x-real-ip': '10.3.3.3' }

  it('is the socket’s address when no proxy is trusted, whatever the headers say', () => {
    expect(clientAddress(socket('203.0.113.7', forged), 0)).toBe('203.0.113.7')
    expect(clientAddress(socket('::ffff:203.0.113.7', forged), 0)).toBe('203.0.113.7')
    expect(clientAddress(socket('2001:db8::7', forged), 0)).toBe('2001:db8::7')
  })

  it('takes the address the outermost of N trusted proxies saw', () => {
    // client 198.51.100.9 → proxy A (10.0.0.1) → proxy B (10.0.0.2) → the app
    const chain = socket('10.0.0.2', { 'x-forwarded-for': '198.51.100.9, 10.0.0.1' })
    expect(clientAddress(chain, 1)).toBe('10.0.0.1')
    expect(clientAddress(chain, 2)).toBe('198.51.100.9')
    // A client that prepends its own entries does not get further than the trusted hops.
    const spoofed = socket('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.9, 10.0.0.1' })
    expect(clientAddress(spoofed, 2)).toBe('198.51.100.9')
  })

  it('falls back sensibly: the leftmost entry of a short chain, the socket for junk', () => {
    expect(clientAddress(socket('10.0.0.2', { 'x-forwarded-for': '198.51.100.9' }), 3)).toBe(
      '198.51.100.9',
    )
    expect(clientAddress(socket('10.0.0.2'), 1)).toBe('10.0.0.2')
    expect(clientAddress(socket('10.0.0.2', { 'x-forwarded-for': 'x'.repeat(5000) }), 1)).toBe(
      '10.0.0.2',
    )
    expect(clientAddress(socket('10.0.0.2', { 'x-forwarded-for': '198.51.100.9:4711' }), 1)).toBe(
      '10.0.0.2',
    )
  })

  it('is "unknown" without a stamped socket address (never a header a client chose)', () => {
    expect(clientAddress(headers(forged), 0)).toBe('unknown')
    expect(clientAddress(socket('not an address', forged), 0)).toBe('unknown')
    expect(clientAddress(headers(forged), 2)).toBe('unknown')
  })
})

describe('stampSocketAddresses', () => {
  it('overwrites a client’s own copy of the header with the socket’s address before the handler runs', async () => {
    await stampSocketAddresses()
    const seen: Array<http.IncomingHttpHeaders> = []
    const server = http.createServer((request, response) => {
      seen.push(request.headers)
      response.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [SOCKET_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '7.7.7.7' },
      })
      expect(seen[0]?.[SOCKET_ADDRESS_HEADER]).toBe('127.0.0.1')
      expect(clientAddress(new Headers(seen[0] as Record<string, string>), 0)).toBe('127.0.0.1')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
