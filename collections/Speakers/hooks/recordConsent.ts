import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { CONSENT_FACTS, CONSENT_FLAGS, isWithdrawal, withdrawalIn } from '@/lib/consent'
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
  refuseUndoingAWithdrawal(consent, before, req)
  if (Object.keys(consentChanges(before, consent)).length > 0) {
    consent.recordedBy = req.user?.id ?? null
    consent.recordedAt = new Date().toISOString()
  } else {
    consent.recordedBy = before?.recordedBy ?? null
    consent.recordedAt = before?.recordedAt ?? null
  }
  return data
}

/**
 * Someone who asked to be anonymised or erased stays so until they consent again: the basis is
 * set by the actions alone, and nothing more shows while it says so. A new consent given by the person
 * (with its date and how) is what undoes it.
 */
function refuseUndoingAWithdrawal(
  consent: Consent,
  before: Consent | undefined,
  req: PayloadRequest,
) {
  if (!isWithdrawal(consent.basis) || withdrawalIn(req) === consent.basis) return
  const refuse = (message: string) => {
    throw new ValidationError({ errors: [{ message, path: 'consent.basis' }] })
  }
  if (before?.basis !== consent.basis) {
    refuse(
      'Anonymising and erasing are done with their own actions on the speaker, not by choosing the basis.',
    )
  }
  const shownNow = (fact: (typeof CONSENT_FACTS)[number]) =>
    consent[CONSENT_FLAGS[fact]] === true && before?.[CONSENT_FLAGS[fact]] !== true
  if (CONSENT_FACTS.some(shownNow)) {
    refuse(
      'This person asked to be removed from the public record: choose “Given by the person”, with the date and how they agreed again, before showing anything more.',
    )
  }
}
