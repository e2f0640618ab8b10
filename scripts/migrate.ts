/**
 * Applies the committed migrations (migrations/index.ts) to DATABASE_URI, in this process.
 * Run through `npm run migrate`, `npm run build` and `npm start` (scripts/withDatabase.ts).
 * The explicit list makes the run deterministic: nothing depends on reading the folder at run time.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrations } from '@/migrations'

// Connect without the development schema push: migrations are the only thing that writes schema.
process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config })
let exitCode = 0
try {
  await payload.db.migrate({ migrations: migrations as never })
} catch (error) {
  payload.logger.error({ err: error, msg: 'Migration failed; the database was left as it was.' })
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
