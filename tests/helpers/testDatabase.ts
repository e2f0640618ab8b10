import { randomBytes } from 'node:crypto'

import type pg from 'pg'

import { withClient } from '../../lib/db/client'

/**
 * Tests never touch a database that holds anything: each test file gets a new database on the
 * test server (the embedded cluster started by globalSetup, or the server named by DATABASE_URI),
 * named after this run so teardown can drop exactly what the run made.
 */
export const TEST_DB_PREFIX = 'picum_test_'

export const serverUrl = (): string => {
  const url = process.env.PICUM_TEST_SERVER_URL
  if (!url)
    throw new Error('PICUM_TEST_SERVER_URL is unset: run the tests through jest (globalSetup).')
  return url
}

export { withClient }

export const withServer = <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> =>
  withClient(serverUrl(), fn)

export const databaseUrl = (database: string): string => {
  const url = new URL(serverUrl())
  url.pathname = `/${database}`
  return url.toString()
}

export async function createTestDatabase(): Promise<string> {
  const name = `${TEST_DB_PREFIX}${process.env.PICUM_TEST_RUN ?? 'x'}_${randomBytes(4).toString('hex')}`
  await withServer((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`))
  return databaseUrl(name)
}
