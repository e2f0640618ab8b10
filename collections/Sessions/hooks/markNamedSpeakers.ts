import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/lib/populated'

type Contribution = { speaker?: number | { id: number } | null; speakerNamed?: boolean | null }

/** Whether each contribution's speaker may be named, from the published speaker (see syncNamedContributions). */
export const markNamedSpeakers: CollectionBeforeChangeHook = async ({ data, req }) => {
  const contributions = (data.contributions ?? []) as Contribution[]
  const ids = [...new Set(contributions.map((each) => relationId(each.speaker)))].filter(
    (id): id is number => id !== null,
  )
  const named = new Set<number>()
  if (ids.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'speakers',
      where: { and: [{ id: { in: ids } }, { 'consent.showName': { equals: true } }] },
      draft: false,
      overrideAccess: true,
      depth: 0,
      pagination: false,
      select: { _status: true },
      req,
    })
    for (const doc of docs) if (doc._status === 'published') named.add(doc.id)
  }
  for (const contribution of contributions) {
    const id = relationId(contribution.speaker)
    contribution.speakerNamed = id !== null && named.has(id)
  }
  return data
}
