import type { CollectionAfterChangeHook } from 'payload'

import { markNamedContributions } from '@/lib/consent/namedContributions'

export const syncNamedContributions: CollectionAfterChangeHook = async ({ doc, req }) => {
  await markNamedContributions(req, { speaker: doc.id })
  return doc
}
