import { rmSync } from 'node:fs'

import { TEST_DB_PREFIX, withServer } from './testDatabase'
import type { EmbeddedPostgres } from '../../lib/db/embeddedPostgres'

export default async function globalTeardown(): Promise<void> {
  const { __picumCluster: cluster, __picumTmp: tmp } = globalThis as {
    __picumCluster?: EmbeddedPostgres
    __picumTmp?: string
  }
  if (cluster) {
    // A throwaway cluster: stopping it deletes its data directory; then its temp folder goes too.
    await cluster.stop()
    if (tmp) rmSync(tmp, { recursive: true, force: true })
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
