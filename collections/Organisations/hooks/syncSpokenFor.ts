import type { CollectionAfterChangeHook } from 'payload'

import { markNamedContributions } from '@/lib/consent/namedContributions'

// A contribution whose speaker withheld this organisation says its country and membership instead.
export const syncSpokenFor: CollectionAfterChangeHook = async ({ doc, req }) => {
  await markNamedContributions(req, { organisation: doc.id })
  return doc
}
