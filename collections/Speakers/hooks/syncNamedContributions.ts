import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import { dbFor } from '@/lib/compat/payload'

/**
 * Each contribution carries whether its speaker may be named (collections/Sessions), so a session
 * read needs no second query to know which roles to withhold. The published speaker decides; the
 * rows follow in the same transaction as the speaker's save, whatever the session's own state.
 */
export const syncNamedContributions: CollectionAfterChangeHook = async ({ doc, req }) => {
  const db = await dbFor(req.payload, req)
  await db.execute(sql`
    UPDATE sessions_contributions AS c
       SET speaker_named = coalesce(
             (SELECT s.consent_show_name FROM speakers s
               WHERE s.id = c.speaker_id AND s._status = 'published'), false)
     WHERE c.speaker_id = ${doc.id}`)
  return doc
}
