import type { CollectionBeforeDeleteHook, SanitizedConfig, Where } from 'payload'

import { Refusal } from '@/lib/errors/refusal'
import { isRecordCollection, labelOf, type RecordCollection } from '@/lib/record/registry'
import { relationPaths } from '@/lib/security/queryPaths'

type Referrer = { collection: RecordCollection; paths: string[]; titleField: string }

const referrersByConfig = new WeakMap<SanitizedConfig, Map<string, Referrer[]>>()

// Read from the config so a relationship added later is counted without updating a list.
function referrersOf(config: SanitizedConfig, target: string): Referrer[] {
  let byTarget = referrersByConfig.get(config)
  if (!byTarget) referrersByConfig.set(config, (byTarget = new Map()))
  const known = byTarget.get(target)
  if (known) return known
  const referrers: Referrer[] = []
  for (const { collection, path, type, relationTo } of relationPaths(config)) {
    if (type === 'join' || !relationTo.includes(target) || !isRecordCollection(collection)) continue
    const existing = referrers.find((referrer) => referrer.collection === collection)
    if (existing) {
      existing.paths.push(path)
      continue
    }
    const { admin } = config.collections.find(({ slug }) => slug === collection)!
    referrers.push({ collection, paths: [path], titleField: admin.useAsTitle ?? 'id' })
  }
  byTarget.set(target, referrers)
  return referrers
}

// Drafts count too: they will be published one day.
export const preventReferencedDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const uses: string[] = []
  for (const { collection: referrer, paths, titleField } of referrersOf(
    req.payload.config,
    collection.slug,
  )) {
    const where: Where = { or: paths.map((path) => ({ [path]: { equals: id } })) }
    const { docs, totalDocs } = await req.payload.find({
      collection: referrer,
      where,
      draft: true,
      depth: 0,
      limit: 3,
      select: { [titleField]: true },
      req,
    })
    if (totalDocs === 0) continue
    const titles = docs.map(
      (doc) => `“${String((doc as unknown as Record<string, unknown>)[titleField])}”`,
    )
    const more = totalDocs > docs.length ? ` and ${totalDocs - docs.length} more` : ''
    const { one, many } = labelOf(referrer)
    const noun = (totalDocs === 1 ? one : many).toLowerCase()
    uses.push(`${totalDocs} ${noun} (${titles.join(', ')}${more})`)
  }
  if (uses.length > 0) {
    throw new Refusal(
      `This cannot be deleted while it is still used in ${uses.join('; ')}. Remove it there first.`,
      409,
      { referencedBy: uses },
      'StillReferenced',
    )
  }
}
