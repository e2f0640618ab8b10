import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { CONSENT_COLLECTION } from '@/lib/consent'
import { namesIn, withheldNames } from '@/lib/consent/mentions'
import { hasDrafts } from '@/lib/record/registry'

/**
 * No record is published naming someone who has not agreed to be named: their name in a summary
 * or a story would undo what field access withholds on their own record. Drafts may hold it (the
 * public never reads them); publishing them is refused until the text is changed.
 */
export const refuseWithheldNames: CollectionBeforeChangeHook = async ({
  collection,
  data,
  req,
}) => {
  if (collection.slug === CONSENT_COLLECTION) return data
  if (hasDrafts(collection) && data._status !== 'published') return data
  const names = await withheldNames(req)
  if (names.length === 0) return data
  const errors = Object.entries(data).flatMap(([path, value]) => {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return []
    const named = namesIn(typeof value === 'string' ? value : JSON.stringify(value), names)
    return named.map((name) => ({
      path,
      message: `This names ${name}, who has not agreed to be named in public: write “a speaker from” their organisation instead, or record their consent first.`,
    }))
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
