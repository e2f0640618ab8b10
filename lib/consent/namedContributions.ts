import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { dbFor } from '@/lib/compat/payload'

type Of = { speaker: number } | { session: number } | { organisation: number } | { win: number }

/**
 * Records that describe a speaker carry the speaker's consent (lib/consent, DESCRIBED_ELSEWHERE),
 * so a read needs no second query to know what to withhold. Each contribution: whether its speaker
 * may be named (`speakerNamed`), the role they held shown (`speakerShowsRole`: name and role, as
 * lib/consent requires), the organisation they spoke for shown (`speakerShowsOrganisation`) and,
 * when it is not, that organisation's country and PICUM membership to say instead. Each win:
 * whether the organisation it was presented for may be shown (`presenterShowsOrganisation`, true
 * without a presenter). The published speaker and organisation decide. Rewritten after a save of
 * any of them, in the same transaction; only the main tables, which are what visitors read.
 */
export async function markNamedContributions(req: PayloadRequest, of: Of): Promise<void> {
  const db = await dbFor(req.payload, req)
  if (!('win' in of)) {
    const rows =
      'speaker' in of
        ? sql`c.speaker_id = ${of.speaker}`
        : 'session' in of
          ? sql`c._parent_id = ${of.session}`
          : sql`c.organisation_at_the_time_id = ${of.organisation}`
    await db.execute(sql`
      UPDATE sessions_contributions AS c
         SET (speaker_named, speaker_shows_role, speaker_shows_organisation) = (
               SELECT coalesce(bool_or(s.consent_show_name), false),
                      coalesce(bool_or(s.consent_show_name AND s.consent_show_role), false),
                      coalesce(bool_or(s.consent_show_organisation), false)
                 FROM speakers s
                WHERE s.id = c.speaker_id AND s._status = 'published')
       WHERE ${rows}`)
    await db.execute(sql`
      UPDATE sessions_contributions AS c
         SET (organisation_country, organisation_is_member) = (
               SELECT o.country::text, o.picum_membership::text = 'member'
                 FROM organisations o
                WHERE o.id = c.organisation_at_the_time_id AND o._status = 'published'
                  AND NOT c.speaker_shows_organisation)
       WHERE ${rows}`)
  }
  if ('session' in of || 'organisation' in of) return
  const wins = 'speaker' in of ? sql`w.presenter_id = ${of.speaker}` : sql`w.id = ${of.win}`
  await db.execute(sql`
    UPDATE wins AS w
       SET presenter_shows_organisation = w.presenter_id IS NULL OR coalesce(
             (SELECT s.consent_show_organisation FROM speakers s
               WHERE s.id = w.presenter_id AND s._status = 'published'), false)
     WHERE ${wins}`)
}
