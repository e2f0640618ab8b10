import type { CollectionBeforeOperationHook, Config } from 'payload'

import { checkRole } from '@/access/checkRole'
import {
  crossingJoinPaths,
  crossingSortPaths,
  crossingWherePaths,
  resolvePath,
} from '@/lib/security/queryPaths'
import { Refusal } from '@/lib/security/refusal'

export const visitorQueryMessages = {
  drafts: 'Drafts can only be read by signed-in staff.',
  crossing: (paths: string[]) =>
    `Filters and sorts can use only this collection's own fields: ${paths.join(', ')} ` +
    'goes through a related document. Filter by its id instead.',
} as const

const READS = new Set(['read', 'count', 'readDistinct'])

/**
 * Every read that is not the server's own (REST, GraphQL, and Local API calls made with
 * `overrideAccess: false`, as lib/queries does for the public site) by someone who is not staff:
 * no drafts, and no `where`, `sort`, `joins` option or distinct field that reaches into a related
 * collection (lib/security/queryPaths.ts says why). Staff keep both: the admin's list filters
 * and previews need them, and staff may read every document anyway.
 * https://payloadcms.com/docs/hooks/collections#beforeoperation
 */
export const guardVisitorQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || !READS.has(operation)) return
  if (checkRole(['admin', 'editor'], req.user)) return
  const { draft, field, joins, sort, where } = args as {
    draft?: unknown
    field?: unknown
    joins?: unknown
    sort?: unknown
    where?: unknown
  }
  // Payload takes any truthy value as a request for drafts.
  if (draft) throw new Refusal(visitorQueryMessages.drafts, 403, {}, 'DraftsForStaff')
  const fields = collection.flattenedFields
  const crossing = [
    ...crossingWherePaths(fields, where),
    ...crossingSortPaths(fields, sort),
    ...crossingJoinPaths(collection, joins, req.payload.config),
    ...(typeof field === 'string' && resolvePath(fields, field).crosses ? [field] : []),
  ]
  if (crossing.length > 0) {
    throw new Refusal(
      visitorQueryMessages.crossing(crossing),
      400,
      { paths: crossing },
      'CrossingQuery',
    )
  }
}

/**
 * Puts the guard first on every collection of the config, so a collection added later is guarded
 * without anyone remembering to. (Payload's own collections, added after plugins run, refuse
 * visitors outright.)
 */
export const visitorQueryGuard = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardVisitorQueries, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
