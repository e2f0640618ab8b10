// globalSetup/globalTeardown are loaded outside jest's module mapper: relative imports only.
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../lib/db/embeddedPostgres'

/**
 * One PostgreSQL server for the run: the one DATABASE_URI names (CI runs the suite a second time
 * against the machine's server this way), otherwise a throwaway embedded cluster under the system
 * temp folder, which the `postgres` user can reach even when the checkout lives under /root.
 */
export default async function globalSetup(): Promise<void> {
  process.env.PICUM_TEST_RUN = randomBytes(3).toString('hex')
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  process.env.NEXT_PUBLIC_SERVER_URL ??= 'http://localhost:3000'
  process.env.SEED_ON_START = 'false'

  if (process.env.DATABASE_URI) {
    process.env.PICUM_TEST_SERVER_URL = process.env.DATABASE_URI
    return
  }
  const parent = mkdtempSync(path.join(os.tmpdir(), 'picum-test-'))
  // mkdtemp makes the folder private; the `postgres` user (when running as root) must enter it.
  chmodSync(parent, 0o755)
  const dataDir = path.join(parent, 'pg')
  const cluster = await startEmbeddedPostgres({ dataDir, persistent: false })
  process.env.PICUM_TEST_SERVER_URL = await cluster.urlFor('postgres')
  ;(globalThis as { __picumCluster?: typeof cluster; __picumTmp?: string }).__picumCluster = cluster
  ;(globalThis as { __picumTmp?: string }).__picumTmp = parent
}
