import type { CollectionAfterChangeHook } from 'payload'

import { shows, withdrawalIn } from '@/lib/consent'
import { NAME_WITHHELD, replaceMentions } from '@/lib/consent/mentions'
import { applyRevalidation, everyRecordPage } from '@/lib/revalidation'
import { rebuildSearchIndex } from '@/lib/search/indexer'

/**
 * A published name that is now withheld leaves the rest of the record's public text too: a
 * summary or a story that names the person is rewritten, in the same transaction (the history
 * keeps the original for staff). An erasure does more, itself (lib/consent/withdrawal.ts).
 */
export const withholdNameElsewhere: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (doc._status !== 'published' || shows(doc.consent, 'name')) return doc
  if (withdrawalIn(req) === 'erased') return doc
  const newlyWithheld =
    operation === 'create' || shows(previousDoc?.consent, 'name') || previousDoc?.name !== doc.name
  if (!newlyWithheld) return doc
  const replaced = await replaceMentions(req, [doc.name, previousDoc?.name], {
    replacement: NAME_WITHHELD,
    history: false,
  })
  if (replaced > 0) {
    await rebuildSearchIndex(req.payload, req)
    applyRevalidation(everyRecordPage(), req)
  }
  return doc
}
