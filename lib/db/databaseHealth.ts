import pg from 'pg'

import { isDatabaseUnavailable } from '@/lib/db/unavailable'

// An idle sentinel connection learns of an outage when PostgreSQL cuts it, so a healthy request
// costs a boolean read and no query; no timer runs in the background.
type Health = {
  up: boolean
  connecting: boolean
  lastAttempt: number
  sentinel?: pg.Client
}

const RETRY_EVERY_MS = 500
const CONNECT_TIMEOUT_MS = 2_000

const state: Health = { up: true, connecting: false, lastAttempt: 0 }

async function connect(connectionString: string): Promise<void> {
  state.connecting = true
  state.lastAttempt = Date.now()
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'picum-health',
  })
  const lost = () => {
    if (state.sentinel !== client) return
    state.sentinel = undefined
    state.up = false
  }
  client.on('error', lost)
  client.on('end', lost)
  try {
    await client.connect()
    // A watcher must not keep a script or test process alive.
    ;(
      client as unknown as { connection?: { stream?: { unref?: () => void } } }
    ).connection?.stream?.unref?.()
    state.sentinel = client
    state.up = true
  } catch (error) {
    client.removeAllListeners()
    // A wrong password or missing database is not an outage; the app's own queries report it.
    state.up = !isDatabaseUnavailable(error)
  } finally {
    state.connecting = false
  }
}

export function isDatabaseUp(
  connectionString: string | undefined = process.env.DATABASE_URI,
): boolean {
  if (!connectionString) return true
  const due = Date.now() - state.lastAttempt >= RETRY_EVERY_MS
  if (!state.sentinel && !state.connecting && (state.lastAttempt === 0 || (!state.up && due))) {
    void connect(connectionString)
  }
  return state.up
}
