import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { dbFor } from '@/lib/compat/payload'

/**
 * Each contribution carries whether its speaker may be named (`speakerNamed`, collections/Sessions),
 * so a session read needs no second query to know which roles to withhold. The published speaker
 * decides. Rewritten after a speaker's save (their contributions) and after a session's (its
 * own), in the same transaction; only the main table, which is what visitors read.
 */
export async function markNamedContributions(
  req: PayloadRequest,
  of: { speaker: number } | { session: number },
): Promise<void> {
  const db = await dbFor(req.payload, req)
  const rows =
    'speaker' in of ? sql`c.speaker_id = ${of.speaker}` : sql`c._parent_id = ${of.session}`
  await db.execute(sql`
    UPDATE sessions_contributions AS c
       SET speaker_named = coalesce(
             (SELECT s.consent_show_name FROM speakers s
               WHERE s.id = c.speaker_id AND s._status = 'published'), false)
     WHERE ${rows}`)
}
