import type { CollectionBeforeChangeHook } from 'payload'

import { CONSENT_FLAGS } from '@/lib/consent'

type Consent = Record<string, unknown> & { recordedBy?: unknown; recordedAt?: unknown }

const RECORDED = [...Object.values(CONSENT_FLAGS), 'basis', 'givenOn', 'method'] as const

const changed = (before: Consent | undefined, after: Consent) =>
  RECORDED.some((key) => (before?.[key] ?? null) !== (after[key] ?? null))

/**
 * Who recorded a person's consent, and when, is never taken from the request: a change to what
 * they agreed to is signed with the signed-in user, anything else keeps the stored signature.
 */
export const recordConsent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const consent = data.consent as Consent | undefined
  if (!consent) return data
  const before = originalDoc?.consent as Consent | undefined
  if (changed(before, consent)) {
    consent.recordedBy = req.user?.id ?? null
    consent.recordedAt = new Date().toISOString()
  } else {
    consent.recordedBy = before?.recordedBy ?? null
    consent.recordedAt = before?.recordedAt ?? null
  }
  return data
}
