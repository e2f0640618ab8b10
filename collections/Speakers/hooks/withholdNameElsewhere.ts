import type { CollectionAfterChangeHook } from 'payload'

import { publishedBeforeSave } from '@/collections/Speakers/hooks/auditConsent'
import { shows, withdrawalIn } from '@/lib/consent'
import { NAME_WITHHELD, replaceMentions } from '@/lib/consent/mentions'
import { applyRevalidation, everyRecordPage } from '@/lib/revalidation'
import { rebuildSearchIndex } from '@/lib/search/indexer'

/**
 * A published name that is now withheld leaves the rest of the record's public text too: a
 * summary or a story that names the person is rewritten, in the same transaction (the history
 * keeps the original for staff). An erasure does more, itself (lib/consent/withdrawal.ts).
 */
export const withholdNameElsewhere: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published' || shows(doc.consent, 'name')) return doc
  if (withdrawalIn(req) === 'erased') return doc
  // Compared with what the public saw, not with the last draft: unticked in a draft, published later.
  const before = publishedBeforeSave(req, doc.id)
  if (before && !shows(before.consent, 'name') && before.name === doc.name) return doc
  const replaced = await replaceMentions(req, [doc.name, before?.name], {
    replacement: NAME_WITHHELD,
    history: false,
  })
  if (replaced > 0) {
    await rebuildSearchIndex(req.payload, req)
    applyRevalidation(everyRecordPage(), req)
  }
  return doc
}
