import { stampSocketAddresses } from '@/lib/security/clientAddress'

/**
 * What the Node.js server does as it starts (instrumentation.ts): stamp every request with its
 * socket's address, and, in production, load Payload at once rather than on the first request
 * that needs it. Loading it runs Payload's onInit, which prints the first-admin setup token when
 * there is no account (lib/security/firstAdmin.ts), and starts the job queue that publishes
 * scheduled changes, which would otherwise wait for a visitor after each restart.
 */
export async function onServerStart(): Promise<void> {
  await stampSocketAddresses()
  if (process.env.NODE_ENV === 'production') void loadPayload()
}

/**
 * Through the server's own API route, so Payload is loaded by the bundle that serves the API (a
 * second copy loaded from this one would hand the routes objects of other classes). The server is
 * already listening (Next.js sets PORT then) but may still be preparing: keep trying for 30 s.
 */
async function loadPayload(): Promise<void> {
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/users/init`
  for (let attempt = 0; attempt < 60; attempt += 1) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(10_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}
