/**
 * lib/http/admission.ts: requests that arrive together start a few per event-loop turn, in the
 * order they came, so the turn ends and Node accepts the next waiting connection. Nothing is
 * dropped or reordered on the way.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import net, { type AddressInfo } from 'node:net'

import { admitInTurns, admitNextRequestsInTurns } from '@/lib/http/admission'

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe('admitting requests in turns', () => {
  const urls = Array.from({ length: 7 }, (_, i) => `/page-${i}`)
  // Seven requests that became readable in the same turn.
  const arriveTogether = (server: http.Server) => {
    for (const url of urls) server.emit('request', { url } as IncomingMessage, {} as ServerResponse)
  }
  const recording = () => {
    const server = http.createServer()
    const started: string[] = []
    server.on('request', (request: IncomingMessage) => started.push(request.url!))
    return { server, started }
  }

  it('while connections arrive, starts a few requests per turn, first come first served', async () => {
    const { server, started } = recording()
    admitInTurns(server, 3)
    admitInTurns(server, 3) // a second call changes nothing
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const socket = net.connect(port, '127.0.0.1')
    try {
      await new Promise((resolve) => server.once('connection', resolve))
      arriveTogether(server)
      expect(started).toEqual([])
      await nextTurn()
      expect(started).toEqual(urls.slice(0, 3))
      await nextTurn()
      expect(started).toEqual(urls.slice(0, 6))
      await nextTurn()
      expect(started).toEqual(urls)
      await nextTurn()
      expect(started).toEqual(urls)
    } finally {
      socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('with no connection arriving, starts every request at once', () => {
    const { server, started } = recording()
    admitInTurns(server, 3)
    arriveTogether(server)
    expect(started).toEqual(urls)
  })

  it('answers every request of many clients that connect at once', async () => {
    const server = http.createServer((request, response) => {
      response.end(request.url)
    })
    admitInTurns(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const bodies = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const response = await fetch(`http://127.0.0.1:${port}/client-${i}`)
          return `${response.status} ${await response.text()}`
        }),
      )
      expect(bodies).toEqual(Array.from({ length: 50 }, (_, i) => `200 /client-${i}`))
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('takes over a server it did not create at its first request, that request included', async () => {
    const order: string[] = []
    const handler = (request: IncomingMessage, response: ServerResponse) => {
      order.push(request.url!)
      response.end()
    }
    const server = http.createServer(handler)
    await admitNextRequestsInTurns()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      expect((await fetch(`http://127.0.0.1:${port}/first`)).status).toBe(200)
      expect(order).toEqual(['/first'])
      // Next's handler now sits behind the turns.
      expect(server.listeners('request')).toHaveLength(1)
      expect(server.listeners('request')[0]).not.toBe(handler)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
