import type { EmbeddedPostgres } from '../../lib/db/embeddedPostgres'
import { TEST_DB_PREFIX, withServer } from './testDatabase'

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __picumCluster?: EmbeddedPostgres }).__picumCluster
  if (cluster) {
    // A throwaway cluster: stopping it deletes its data directory.
    await cluster.stop()
    return
  }
  // A shared server: drop the databases this run created, and only those.
  await withServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${TEST_DB_PREFIX}${process.env.PICUM_TEST_RUN}_%`],
    )
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`)
    }
  })
}
