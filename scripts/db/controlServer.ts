import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { EmbeddedPostgres } from '@/lib/db/embeddedPostgres'

// For the fault journey. 127.0.0.1 only, under a random secret path.
export async function startDatabaseControl(
  cluster: EmbeddedPostgres,
): Promise<{ url: string; close: () => Promise<void> }> {
  const token = randomBytes(16).toString('hex')
  const actions: Record<string, () => Promise<void>> = {
    [`/${token}/stop`]: cluster.suspend,
    [`/${token}/start`]: cluster.resume,
  }
  const server = http.createServer((request, response) => {
    const action = request.method === 'POST' ? actions[request.url ?? ''] : undefined
    if (!action) {
      response.writeHead(404).end()
      return
    }
    action().then(
      () => response.writeHead(204).end(),
      (error: Error) =>
        response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
