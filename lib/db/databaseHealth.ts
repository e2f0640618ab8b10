import pg from 'pg'

import { isDatabaseUnavailable } from '@/lib/db/unavailable'

/**
 * Whether the database is up, known without asking it on every request.
 *
 * One idle connection, the sentinel, stays open to PostgreSQL. When the server stops, restarts or
 * crashes, PostgreSQL cuts every session at once, the sentinel's included, and the 'error'/'end'
 * event marks the database down at that moment. While it is down, requests make the sentinel try
 * again, at most every half second, and the first connection PostgreSQL accepts marks it up. There
 * is no timer: nothing runs in the background of a process that is not serving requests. A
 * healthy request costs one boolean read and no query.
 *
 * proxy.ts is its only reader, loaded once per server process, so the state is this module's.
 */
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
    // A watcher must not keep a process alive (a script or a test that imported the proxy).
    ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream
      ?.unref?.()
    state.sentinel = client
    state.up = true
  } catch (error) {
    client.removeAllListeners()
    // Anything else (a wrong password, a missing database) is not an outage to wait out here;
    // the app's own queries will report it.
    state.up = !isDatabaseUnavailable(error)
  } finally {
    state.connecting = false
  }
}

/**
 * False while PostgreSQL is known to be unreachable; never waits. The first call in a process
 * opens the sentinel and answers true until it learns otherwise. Without a DATABASE_URI there is
 * nothing to watch and the answer is true.
 */
export function isDatabaseUp(connectionString: string | undefined = process.env.DATABASE_URI): boolean {
  if (!connectionString) return true
  const due = Date.now() - state.lastAttempt >= RETRY_EVERY_MS
  if (!state.sentinel && !state.connecting && (state.lastAttempt === 0 || (!state.up && due))) {
    void connect(connectionString)
  }
  return state.up
}
