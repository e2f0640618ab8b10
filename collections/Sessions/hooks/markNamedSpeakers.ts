import type { CollectionAfterChangeHook } from 'payload'

import { markNamedContributions } from '@/lib/consent/namedContributions'

// Runs before the search index reads the session (lib/record/collections.ts appends that hook).
export const markNamedSpeakers: CollectionAfterChangeHook = async ({ doc, req }) => {
  await markNamedContributions(req, { session: doc.id })
  return doc
}
