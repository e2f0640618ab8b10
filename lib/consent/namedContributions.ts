import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { dbFor } from '@/lib/compat/payload'

/**
 * Each contribution carries whether its speaker may be named (`speakerNamed`) and whether the role
 * they held may be shown (`speakerShowsRole`: name and role, as lib/consent requires), so a session
 * read needs no second query to know which roles to withhold. The published speaker decides.
 * Rewritten after a speaker's save (their contributions) and after a session's (its own), in the
 * same transaction; only the main table, which is what visitors read.
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
       SET (speaker_named, speaker_shows_role) = (
             SELECT coalesce(bool_or(s.consent_show_name), false),
                    coalesce(bool_or(s.consent_show_name AND s.consent_show_role), false)
               FROM speakers s
              WHERE s.id = c.speaker_id AND s._status = 'published')
     WHERE ${rows}`)
}
