import type { FieldAccess } from 'payload'

import { checkRole } from '@/access/checkRole'

/**
 * A field of another record that describes a speaker (lib/consent, DESCRIBED_ELSEWHERE): read by
 * staff, and by others only where the flag beside it, derived from the speaker's consent, says
 * so. Without a document (Payload asking whether the field may be queried at all) it says yes:
 * hooks/guardQueries.ts refuses or narrows visitors' queries on it. A read that did not select
 * the flag gets nothing.
 */
export const shownWhereFlagged =
  (flag: string): FieldAccess =>
  ({ req: { user }, doc, siblingData }) => {
    if (checkRole(['admin', 'editor'], user)) return true
    if (!doc) return true
    return (siblingData as Record<string, unknown> | undefined)?.[flag] === true
  }
