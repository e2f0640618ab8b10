// The explicit list (migrations/index.ts) makes the run independent of the folder's contents.
import { migrations } from '@/migrations'
import { runWithPayload } from '@/scripts/lib/withPayload'

// Migrations are the only thing that writes schema.
process.env.PAYLOAD_MIGRATING = 'true'
await runWithPayload('Migration failed; the database was left as it was.', async (payload) => {
  await payload.db.migrate({ migrations: migrations as never })
})
