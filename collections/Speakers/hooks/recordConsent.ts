import type { CollectionBeforeChangeHook } from 'payload'

import { consentChanges } from '@/lib/consent/audit'

type Consent = Record<string, unknown> & { recordedBy?: unknown; recordedAt?: unknown }

/**
 * Who recorded a person's consent, and when, is never taken from the request: a change to what
 * they agreed to is signed with the signed-in user, anything else keeps the stored signature.
 */
export const recordConsent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const consent = data.consent as Consent | undefined
  if (!consent) return data
  const before = originalDoc?.consent as Consent | undefined
  if (Object.keys(consentChanges(before, consent)).length > 0) {
    consent.recordedBy = req.user?.id ?? null
    consent.recordedAt = new Date().toISOString()
  } else {
    consent.recordedBy = before?.recordedBy ?? null
    consent.recordedAt = before?.recordedAt ?? null
  }
  return data
}
