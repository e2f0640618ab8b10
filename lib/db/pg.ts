import pg from 'pg'

// node-postgres leaves 'error' listeners to its user; without one, a connection cut by a
// PostgreSQL restart is an uncaught exception. The failing request still gets its own error.
const expectedDuringAnOutage = () => {}

class ResilientPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config)
    this.on('error', expectedDuringAnOutage)
    this.on('connect', (client) => client.on('error', expectedDuringAnOutage))
  }
}

export const resilientPg: typeof pg = { ...pg, Pool: ResilientPool }
