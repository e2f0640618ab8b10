import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { withdrawalIn } from '@/lib/consent'
import {
  consentChanges,
  describeChanges,
  type StoredConsent,
  writeAudit,
} from '@/lib/consent/audit'

type Published = { consent: StoredConsent; name: string | null }

// What the public saw before this save, per request and speaker.
const publishedBefore = new WeakMap<PayloadRequest, Map<number, Published | null>>()

/** The consent and name the public saw before this request saved the speaker (null: unpublished). */
export const publishedBeforeSave = (req: PayloadRequest, id: number): Published | null =>
  publishedBefore.get(req)?.get(id) ?? null

/** Reads what visitors saw before the save (the main table keeps the published version). */
export const rememberPublishedConsent: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || originalDoc?.id === undefined) return data
  const { docs } = await req.payload.find({
    collection: 'speakers',
    where: { id: { equals: originalDoc.id } },
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { consent: true, name: true, _status: true },
    req,
  })
  const stored = docs[0]
  const map = publishedBefore.get(req) ?? new Map<number, Published | null>()
  map.set(
    originalDoc.id as number,
    stored?._status === 'published'
      ? { consent: stored.consent as StoredConsent, name: stored.name }
      : null,
  )
  publishedBefore.set(req, map)
  return data
}

/**
 * A consent the public sees was changed: the audit log says what, by whom, and when. Drafts are
 * not logged (they change nothing public); a first publication is logged when the person gave it.
 */
export const auditConsent: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const withdrawal = withdrawalIn(req)
  // An erasure writes its own entry, once it knows what it removed (lib/consent/withdrawal.ts).
  if (withdrawal === 'erased') return doc
  const before = publishedBeforeSave(req, doc.id)?.consent ?? null
  const after = doc.consent as StoredConsent
  if (!before && after?.basis !== 'given' && !withdrawal) return doc
  const changes = consentChanges(before, after)
  if (Object.keys(changes).length === 0) return doc
  await writeAudit(req, {
    action: withdrawal === 'anonymised' ? 'anonymise' : 'consent',
    speaker: doc.id,
    summary: describeChanges(changes),
    changes,
  })
  return doc
}
