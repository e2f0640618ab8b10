/**
 * `tsx scripts/bench/staticServer.ts PAGES.json`: the yardstick of figure 1. A plain node:http
 * server that answers each captured page with the same bytes and content type as the app, from
 * memory, and 404 otherwise. It runs in its own process, as `next start` does, so it does not
 * share an event loop with the load generator. Prints the port it listens on, then serves until
 * stopped.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'

import { z } from 'zod'

const pagesSchema = z.record(z.string(), z.object({ type: z.string(), body: z.string() }))

const file = process.argv[2]
if (!file) {
  process.stderr.write('Usage: tsx scripts/bench/staticServer.ts PAGES.json\n')
  process.exit(2)
}
const pages = new Map(
  Object.entries(pagesSchema.parse(JSON.parse(readFileSync(file, 'utf8')))).map(
    ([path, { type, body }]) => [path, { type, body: Buffer.from(body, 'base64') }],
  ),
)

const server = http.createServer((request, response) => {
  const page = pages.get(request.url ?? '')
  if (!page) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'Content-Type': page.type, 'Content-Length': page.body.length })
  response.end(page.body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
