import pg from 'pg'

/**
 * The `pg` driver for Payload's adapter (postgresAdapter({ pg: resilientPg })), with the error
 * listeners node-postgres leaves to its user. When PostgreSQL stops, it cuts every connection:
 * an idle one in the pool makes the pool emit 'error', and one checked out for a transaction emits
 * 'error' itself once its query has failed. Without a listener Node.js turns either event into an
 * uncaught exception, which kills a script (seed, migrate) and is logged as a crash by Next.js.
 * The request that was using the connection still gets its own error; the pool drops the broken
 * connection and opens a new one when PostgreSQL is back; proxy.ts answers 503 meanwhile.
 */
const expectedDuringAnOutage = () => {}

class ResilientPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('error', expectedDuringAnOutage)
    this.on('connect', (client) => client.on('error', expectedDuringAnOutage))
  }
}

export const resilientPg: typeof pg = { ...pg, Pool: ResilientPool }
