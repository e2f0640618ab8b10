import type {
  CollectionBeforeOperationHook,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import { CONSENT_COLLECTION, consentWhere, factsAskedAbout, narrowToConsented } from '@/lib/consent'
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
  withheld: (paths: string[]) =>
    `Filters and sorts cannot use ${paths.join(', ')}: it belongs to people who may not have agreed to show it.`,
} as const

/** Fields of other collections that describe a speaker, and go unread with their name. */
const PERSONAL_PATHS: Record<string, string[]> = { sessions: ['contributions.roleAtTheTime'] }

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
  narrowToConsent(collection, args as QueryArgs)
  return args
}

const mentions = (query: QueryArgs, path: string) =>
  JSON.stringify(query.where ?? null).includes(`"${path}"`) ||
  [query.sort, query.field]
    .flat()
    .some((each) => typeof each === 'string' && each.replace(/^-/, '') === path)

// A visitor's query on what a person withheld finds nobody who withheld it (lib/consent).
function narrowToConsent(collection: SanitizedCollectionConfig, args: QueryArgs): void {
  const personal = (PERSONAL_PATHS[collection.slug] ?? []).filter((path) => mentions(args, path))
  if (personal.length > 0) {
    throw new Refusal(queryMessages.withheld(personal), 400, { paths: personal }, 'WithheldQuery')
  }
  if (collection.slug === CONSENT_COLLECTION) args.where = narrowToConsented(args)
  if (args.joins === false) return
  const joins = { ...(typeof args.joins === 'object' && args.joins ? args.joins : {}) } as Record<
    string,
    { where?: unknown; sort?: unknown } | false
  >
  let narrowed = false
  for (const field of collection.flattenedFields) {
    if (field.type !== 'join' || field.collection !== CONSENT_COLLECTION) continue
    const options = joins[field.name]
    if (options === false) continue
    // Lists of people show only those who may be named, whatever else was asked.
    const facts = factsAskedAbout(options ?? {})
    facts.add('name')
    const constraint = consentWhere(facts)!
    const where = options?.where as Where | undefined
    joins[field.name] = { ...options, where: where ? { and: [where, constraint] } : constraint }
    narrowed = true
  }
  if (narrowed) args.joins = joins
}

// Payload adds its own collections (preferences, locks, jobs) after plugins run.
export function guardEveryCollection(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const hooks = (collection.hooks.beforeOperation ??= [])
    if (!hooks.includes(guardQueries)) hooks.unshift(guardQueries)
  }
  return config
}
