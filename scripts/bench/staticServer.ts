// The yardstick of figure 1: same bytes from memory, in its own process so it does not share an
// event loop with the load generator.
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
