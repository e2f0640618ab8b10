import type {
  CollectionBeforeOperationHook,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'

import { checkRole } from '@/access/checkRole'
import {
  CONSENT_COLLECTION,
  DESCRIBED_ELSEWHERE,
  consentWhere,
  factsAskedAbout,
  narrowToConsented,
} from '@/lib/consent'
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

/**
 * Other records describe a speaker (lib/consent, DESCRIBED_ELSEWHERE): a visitor may not filter or
 * sort on the role a speaker held at a session, nor sort on any such field; a filter on the
 * organisation they spoke or presented for (the site's organisation pages use one) finds only
 * records whose flag shows it. Flag and field are tested on the same contribution: Payload joins
 * an array's table once per query (tests/int/consent/consent.test.ts proves it).
 */
const REFUSED_PATHS = ['contributions.roleAtTheTime']

type Narrowing = Record<string, Where>
const NARROWED: Record<string, Narrowing> = Object.fromEntries(
  Object.entries(DESCRIBED_ELSEWHERE).map(([collection, paths]) => [
    collection,
    Object.fromEntries(
      Object.entries(paths as Record<string, string>)
        .filter(([path]) => !REFUSED_PATHS.includes(path))
        .map(([path, flag]) => [path, { [flag]: { equals: true } }]),
    ),
  ]),
)
const DESCRIBING = Object.fromEntries(
  Object.entries(DESCRIBED_ELSEWHERE).map(([collection, paths]) => [
    collection,
    Object.keys(paths),
  ]),
) as Record<string, string[]>

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

const inWhere = (query: QueryArgs, path: string) =>
  JSON.stringify(query.where ?? null).includes(`"${path}"`)

const inSortOrField = (query: QueryArgs, path: string) =>
  [query.sort, query.field]
    .flat()
    .some((each) => typeof each === 'string' && each.replace(/^-/, '') === path)

const and = (where: unknown, constraint: Where): Where =>
  where && typeof where === 'object' && Object.keys(where).length > 0
    ? { and: [where as Where, constraint] }
    : constraint

function narrowDescriptions(collection: string, args: QueryArgs): void {
  const paths = DESCRIBING[collection] ?? []
  const narrowing = NARROWED[collection] ?? {}
  const refused = paths.filter(
    (path) => inSortOrField(args, path) || (!(path in narrowing) && inWhere(args, path)),
  )
  if (refused.length > 0) {
    throw new Refusal(queryMessages.withheld(refused), 400, { paths: refused }, 'WithheldQuery')
  }
  for (const [path, constraint] of Object.entries(narrowing)) {
    if (inWhere(args, path)) args.where = and(args.where, constraint)
  }
}

// A visitor's query on what a person withheld finds nobody who withheld it (lib/consent).
function narrowToConsent(collection: SanitizedCollectionConfig, args: QueryArgs): void {
  narrowDescriptions(collection.slug, args)
  if (collection.slug === CONSENT_COLLECTION) args.where = narrowToConsented(args)
  if (args.joins === false) return
  const joins = { ...(typeof args.joins === 'object' && args.joins ? args.joins : {}) } as Record<
    string,
    { where?: unknown; sort?: unknown } | false
  >
  let narrowed = false
  for (const field of collection.flattenedFields) {
    if (field.type !== 'join') continue
    const options = joins[field.name]
    if (options === false) continue
    let constraint: Where | null = null
    if (field.collection === CONSENT_COLLECTION) {
      // Lists of people show only those who may be named, whatever else was asked, and who show
      // the field the list is joined on (an organisation's people: their organisation).
      const facts = factsAskedAbout({ ...options, field: field.on })
      facts.add('name')
      constraint = consentWhere(facts)
    } else {
      // Sessions or wins listed through an organisation a speaker withheld: only where shown.
      constraint = NARROWED[field.collection as string]?.[field.on] ?? null
    }
    if (!constraint) continue
    joins[field.name] = { ...options, where: and(options?.where, constraint) }
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
