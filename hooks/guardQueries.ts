import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { Refusal } from '@/lib/errors/refusal'
import {
  crossingJoinPaths,
  crossingSortPaths,
  crossingWherePaths,
  malformedWhere,
  resolvePath,
} from '@/lib/security/queryPaths'

export const queryMessages = {
  drafts: 'Drafts can only be read by signed-in staff.',
  crossing: (paths: string[]) =>
    `Filters and sorts can use only this collection's own fields: ${paths.join(', ')} ` +
    'goes through a related document. Filter by its id instead.',
  malformed: (problems: string[]) => `This query cannot be answered: ${problems.join('; ')}.`,
} as const

const READS = new Set(['read', 'count', 'readDistinct'])
const QUERIES = new Set([...READS, 'update', 'delete'])

type QueryArgs = {
  draft?: unknown
  field?: unknown
  joins?: unknown
  sort?: unknown
  where?: unknown
}

// Visitors: no drafts, no where/sort/joins into a related collection (lib/security/queryPaths.ts).
// https://payloadcms.com/docs/hooks/collections#beforeoperation
export const guardQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || !QUERIES.has(operation)) return
  const { draft, field, joins, sort, where } = args as QueryArgs
  const fields = collection.flattenedFields
  const malformed = malformedWhere(req.payload.config, fields, where)
  if (malformed.length > 0) {
    throw new Refusal(queryMessages.malformed(malformed), 400, {}, 'MalformedQuery')
  }
  if (!READS.has(operation) || checkRole(['admin', 'editor'], req.user)) return
  // Payload takes any truthy value as a request for drafts.
  if (draft) throw new Refusal(queryMessages.drafts, 403, {}, 'DraftsForStaff')
  const crossing = [
    ...crossingWherePaths(fields, where),
    ...crossingSortPaths(fields, sort),
    ...crossingJoinPaths(collection, joins, req.payload.config),
    ...(typeof field === 'string' && resolvePath(fields, field).crosses ? [field] : []),
  ]
  if (crossing.length > 0) {
    throw new Refusal(queryMessages.crossing(crossing), 400, { paths: crossing }, 'CrossingQuery')
  }
}

// Payload adds its own collections (preferences, locks, jobs) after plugins run.
export function guardEveryCollection(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const hooks = (collection.hooks.beforeOperation ??= [])
    if (!hooks.includes(guardQueries)) hooks.unshift(guardQueries)
  }
  return config
}
