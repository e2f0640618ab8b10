/**
 * Applies the committed migrations (migrations/index.ts) to DATABASE_URI, in this process.
 * Run through `npm run migrate`, `npm run build` and `npm start` (scripts/withDatabase.ts).
 * The explicit list makes the run deterministic: nothing depends on reading the folder at run time.
 */
import { migrations } from '@/migrations'
import { runWithPayload } from '@/scripts/lib/withPayload'

// Connect without the development schema push: migrations are the only thing that writes schema.
process.env.PAYLOAD_MIGRATING = 'true'
await runWithPayload('Migration failed; the database was left as it was.', async (payload) => {
  await payload.db.migrate({ migrations: migrations as never })
})
