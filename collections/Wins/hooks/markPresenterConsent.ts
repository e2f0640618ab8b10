import type { CollectionAfterChangeHook } from 'payload'

import { markNamedContributions } from '@/lib/consent/namedContributions'

// Whether the organisation it was presented for may be shown beside its presenter (lib/consent).
export const markPresenterConsent: CollectionAfterChangeHook = async ({ doc, req }) => {
  await markNamedContributions(req, { win: doc.id })
  return doc
}
