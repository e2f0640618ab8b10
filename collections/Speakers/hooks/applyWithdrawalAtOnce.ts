import type { CollectionAfterChangeHook } from 'payload'

import { publishedBeforeSave } from '@/collections/Speakers/hooks/auditConsent'
import { CONSENT_FACTS, CONSENT_FLAGS, CONSENT_COLLECTION, asShownToPublic } from '@/lib/consent'
import { consentChanges, describeChanges, writeAudit } from '@/lib/consent/audit'
import { NAME_WITHHELD, replaceMentions } from '@/lib/consent/mentions'
import { markNamedContributions } from '@/lib/consent/namedContributions'
import { MEDIA_IN_USE, refreshMediaUse } from '@/lib/mediaVisibility/publishedUse'
import { mediaIdsIn } from '@/lib/mediaVisibility/references'
import { applyRevalidation, everyRecordPage } from '@/lib/revalidation'
import { rebuildSearchIndex, syncSearchIndex } from '@/lib/search/indexer'

type Stored = Record<string, unknown> & { consent?: Record<string, unknown> | null }

/**
 * A person who takes back their consent is not kept waiting for a publication: a draft that
 * withholds something the public sees withholds it from the published record at once, in the same
 * transaction (the rest of the draft waits to be published, as drafts do). Only ever narrows: a
 * draft that shows more changes nothing public.
 */
export const applyWithdrawalAtOnce: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status === 'published') return doc
  const before = publishedBeforeSave(req, doc.id)
  if (!before) return doc
  const draftConsent = (doc.consent ?? {}) as Record<string, unknown>
  const withdrawn = CONSENT_FACTS.map((fact) => CONSENT_FLAGS[fact]).filter(
    (flag) => before.consent?.[flag] === true && draftConsent[flag] !== true,
  )
  if (withdrawn.length === 0) return doc

  const { payload } = req
  const { docs } = await payload.find({
    collection: CONSENT_COLLECTION,
    where: { id: { equals: doc.id } },
    draft: false,
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  })
  const published = docs[0] as unknown as Stored
  const consent = {
    ...published.consent,
    ...Object.fromEntries(withdrawn.map((flag) => [flag, false])),
  }
  const { fields } = payload.collections[CONSENT_COLLECTION].config
  const usedBefore = (published[MEDIA_IN_USE] as number[] | null) ?? []
  const usedNow = mediaIdsIn(fields, asShownToPublic(CONSENT_COLLECTION, { ...published, consent }))
  // Straight to the published row: its hooks would validate and version the whole document.
  await payload.db.updateOne({
    collection: CONSENT_COLLECTION,
    id: doc.id,
    data: { consent, [MEDIA_IN_USE]: usedNow },
    req,
    returning: false,
  })
  await refreshMediaUse([...usedBefore, ...usedNow], req)
  await markNamedContributions(req, { speaker: doc.id })
  const replaced = withdrawn.includes(CONSENT_FLAGS.name)
    ? await replaceMentions(req, [published.name as string], {
        replacement: NAME_WITHHELD,
        history: false,
      })
    : 0
  if (replaced > 0) await rebuildSearchIndex(payload, req)
  else await syncSearchIndex(payload, [{ collection: CONSENT_COLLECTION, id: doc.id }], req)
  const changes = consentChanges(before.consent, consent)
  await writeAudit(req, {
    action: 'consent',
    speaker: doc.id,
    summary: `${describeChanges(changes)} (saved in a draft, applied at once)`,
    changes,
  })
  applyRevalidation(everyRecordPage(), req)
  return doc
}
