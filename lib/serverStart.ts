import { admitNextRequestsInTurns } from '@/lib/http/admission'
import { stampSocketAddresses } from '@/lib/security/clientAddress'

// Loads Payload at start: its job queue then publishes scheduled changes without a visitor.
export async function onServerStart(): Promise<void> {
  await stampSocketAddresses()
  if (process.env.NODE_ENV !== 'production') return
  await admitNextRequestsInTurns()
  void loadPayload()
}

// Through the server's own route: a second copy of Payload loaded here would hand the routes
// objects of other classes. The server may still be preparing, hence the retries.
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
