import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { performance } from 'node:perf_hooks'

// Node 20's libuv accepts one connection per event-loop turn, and under load a turn starts every
// request that is ready, so it grows with the clients already connected: clients arriving during
// a burst waited one long turn each (9–10 s for 200, BENCHMARKS.md). While connections are
// arriving, two requests start per turn, in arrival order, so turns stay short and the newcomers
// are accepted. Otherwise requests start at once: gating every turn cost cached pages a third of
// their throughput. Measured by the load test and the benchmark against 1, 4 and 8 starts a turn,
// a time budget per turn and a cap on requests in progress (neither of which ended the stall).
export const STARTS_PER_TURN = 2
export const ARRIVALS_WINDOW_MS = 1_000

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void

const admitted = new WeakSet<Server>()

export function admitInTurns(server: Server, startsPerTurn = STARTS_PER_TURN): void {
  if (admitted.has(server)) return
  admitted.add(server)
  const listeners = server.listeners('request') as RequestListener[]
  server.removeAllListeners('request')
  const waiting: Array<[IncomingMessage, ServerResponse]> = []
  let lastArrival = -Infinity
  let scheduled = false

  const start = (request: IncomingMessage, response: ServerResponse) => {
    for (const listener of listeners) listener.call(server, request, response)
  }
  const startSome = () => {
    scheduled = false
    for (const [request, response] of waiting.splice(0, startsPerTurn)) start(request, response)
    if (waiting.length > 0) schedule()
  }
  const schedule = () => {
    scheduled = true
    setImmediate(startSome)
  }

  server.on('connection', () => {
    lastArrival = performance.now()
  })
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const arriving = performance.now() - lastArrival < ARRIVALS_WINDOW_MS
    if (!arriving && waiting.length === 0) {
      start(request, response)
      return
    }
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
