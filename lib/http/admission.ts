import type { IncomingMessage, Server, ServerResponse } from 'node:http'

// Node 20's libuv accepts one connection per event-loop turn, and a turn starts every request
// that is ready. Under load a turn grows with the clients already connected, so clients arriving
// during a burst waited one long turn each (9–10 s for 200, BENCHMARKS.md). Starting two
// requests per turn, in arrival order, keeps turns short: connections are accepted as they come.
// Two, measured by the load test against one, four and eight: four let p99 back over a second.
export const STARTS_PER_TURN = 2

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void

const admitted = new WeakSet<Server>()

export function admitInTurns(server: Server, startsPerTurn = STARTS_PER_TURN): void {
  if (admitted.has(server)) return
  admitted.add(server)
  const listeners = server.listeners('request') as RequestListener[]
  server.removeAllListeners('request')
  const waiting: Array<[IncomingMessage, ServerResponse]> = []
  let scheduled = false
  const startSome = () => {
    scheduled = false
    for (const [request, response] of waiting.splice(0, startsPerTurn)) {
      for (const listener of listeners) listener.call(server, request, response)
    }
    if (waiting.length > 0) schedule()
  }
  const schedule = () => {
    scheduled = true
    setImmediate(startSome)
  }
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    waiting.push([request, response])
    if (!scheduled) schedule()
  })
}

// Next creates its server out of reach; its first request names it, before Next sees the request.
export async function admitNextRequestsInTurns(): Promise<void> {
  const { subscribe } = await import('node:diagnostics_channel')
  subscribe('http.server.request.start', (message) => {
    admitInTurns((message as { server: Server }).server)
  })
}
