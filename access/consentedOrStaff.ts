import type { FieldAccess } from 'payload'

import { checkRole } from '@/access/checkRole'
import { type ConsentFact, type ConsentFlags, shows } from '@/lib/consent'

/**
 * A governed field is read by staff, and by others only on the documents of people who agreed to
 * show it. Without a document (Payload asking whether the field may be queried at all) it says
 * yes: visitors' filters and sorts on it are narrowed to those people (hooks/guardQueries.ts).
 * A read that did not select the consent flags sees no agreement and gets nothing.
 */
export const consentedOrStaff =
  (fact: ConsentFact): FieldAccess =>
  ({ req: { user }, doc }) => {
    if (checkRole(['admin', 'editor'], user)) return true
    if (!doc) return true
    return shows((doc as { consent?: ConsentFlags | null }).consent, fact)
  }
