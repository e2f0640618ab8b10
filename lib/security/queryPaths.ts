import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig, Sort } from 'payload'

/**
 * Which parts of a query reach into another collection. A visitor's filter or sort on
 * `presenter.name` is answered by matching the related speaker's name, so it can read a field of
 * a document the visitor may not see (Payload 3.90 applies the related collection's read rule to
 * a copy of the query in its draft path, and its other paths are one refactor away from the same
 * mistake). hooks/guardQueries.ts refuses such queries from visitors altogether.
 */

const RELATIONAL = new Set(['relationship', 'upload', 'join'])

type Resolved = { crosses: boolean; leaf?: FlattenedField }

const fieldsOfBlocks = (field: Extract<FlattenedField, { type: 'blocks' }>): FlattenedField[] =>
  [...field.blocks, ...(field.blockReferences ?? [])].flatMap((block) =>
    typeof block === 'string' ? [] : block.flattenedFields,
  )

/**
 * Walks a dotted path (`contributions.speaker.name`; GraphQL writes `contributions__speaker`)
 * through a collection's fields. It crosses when a segment follows a relationship or upload, when
 * it names a join (whose value is the other collection's documents), or when it names a virtual
 * field that stands for a path elsewhere. Unknown paths are left to Payload, which refuses them.
 */
export function resolvePath(fields: FlattenedField[], path: string): Resolved {
  const segments = path.replace(/__/g, '.').split('.')
  let current = fields
  for (const [index, segment] of segments.entries()) {
    const field = current.find((each) => 'name' in each && each.name === segment)
    if (!field) return { crosses: false }
    const last = index === segments.length - 1
    if ('virtual' in field && typeof field.virtual === 'string')
      return { crosses: true, leaf: field }
    if (field.type === 'join') return { crosses: true, leaf: field }
    if (RELATIONAL.has(field.type)) return { crosses: !last, leaf: field }
    if (field.type === 'blocks') current = fieldsOfBlocks(field)
    else if ('flattenedFields' in field) current = field.flattenedFields
    else return { crosses: false, leaf: field }
    if (last) return { crosses: false, leaf: field }
  }
  return { crosses: false }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A value that is itself a query (`organisations: { contains: { name: … } }`). */
const isNestedQuery = (value: unknown): boolean =>
  isObject(value) || (Array.isArray(value) && value.some(isObject))

/** The paths of a `where` that reach into another collection. */
export function crossingWherePaths(fields: FlattenedField[], where: unknown): string[] {
  if (!isObject(where)) return []
  return Object.entries(where).flatMap(([key, constraint]) => {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(constraint)) {
      return constraint.flatMap((item) => crossingWherePaths(fields, item))
    }
    const { crosses, leaf } = resolvePath(fields, key)
    if (crosses) return [key]
    const relational = leaf && RELATIONAL.has(leaf.type)
    if (relational && isObject(constraint) && Object.values(constraint).some(isNestedQuery)) {
      return [key]
    }
    return []
  })
}

export function crossingSortPaths(fields: FlattenedField[], sort: Sort | unknown): string[] {
  const list = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : []
  return list
    .filter((entry): entry is string => typeof entry === 'string')
    .filter((entry) => resolvePath(fields, entry.replace(/^-/, '')).crosses)
}

/**
 * The paths of `joins` options (`joins[appearances][where][…]`, `…[sort]`) that reach beyond the
 * joined collection's own fields, named `appearances.where.<path>`.
 */
export function crossingJoinPaths(
  collection: SanitizedCollectionConfig,
  joins: unknown,
  config: SanitizedConfig,
): string[] {
  if (!isObject(joins)) return []
  return Object.entries(joins).flatMap(([joinPath, options]) => {
    if (!isObject(options)) return []
    const { leaf } = resolvePath(collection.flattenedFields, joinPath)
    const target =
      leaf?.type === 'join' && typeof leaf.collection === 'string'
        ? config.collections.find((each) => each.slug === leaf.collection)
        : undefined
    const asked = [options.where && 'where', options.sort && 'sort'].filter(Boolean)
    // A join this walk cannot follow (unknown or polymorphic) gets no filters from visitors.
    if (!target) return asked.map((what) => `${joinPath}.${what}`)
    return [
      ...crossingWherePaths(target.flattenedFields, options.where),
      ...crossingSortPaths(target.flattenedFields, options.sort),
    ].map((path) => `${joinPath}.${path}`)
  })
}

export type RelationPath = {
  collection: string
  /** Dotted path from the collection, e.g. `contributions.speaker`. */
  path: string
  type: 'relationship' | 'upload' | 'join'
  /** The collections the field points at. */
  relationTo: string[]
}

/**
 * Every relationship, upload and join field of every collection, nested ones included: what the
 * guard must cover, read from the configuration so that a field added later is covered too.
 */
export function relationPaths(config: SanitizedConfig): RelationPath[] {
  const walk = (collection: string, fields: FlattenedField[], prefix: string): RelationPath[] =>
    fields.flatMap((field): RelationPath[] => {
      if (!('name' in field)) return []
      const path = `${prefix}${field.name}`
      if (field.type === 'relationship' || field.type === 'upload') {
        const relationTo = [field.relationTo].flat()
        return [{ collection, path, type: field.type, relationTo }]
      }
      if (field.type === 'join') {
        return [{ collection, path, type: 'join', relationTo: [field.collection].flat() }]
      }
      if (field.type === 'blocks') return walk(collection, fieldsOfBlocks(field), `${path}.`)
      if ('flattenedFields' in field) return walk(collection, field.flattenedFields, `${path}.`)
      return []
    })
  return config.collections.flatMap((collection) =>
    walk(collection.slug, collection.flattenedFields, ''),
  )
}

const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDERED = [...EQUALITY, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT = [...EQUALITY, 'like', 'not_like', 'contains']

/**
 * The operators each field type can be queried with: the table Payload's own admin filter offers
 * (@payloadcms/ui WhereBuilder field-types). Payload's REST and GraphQL accept any operator on any field and let PostgreSQL fail
 * (`like` on a number, `contains` on a date): a missing operator function is a server error, so
 * such queries are refused up front instead.
 */
const OPERATORS: Record<string, string[]> = {
  checkbox: ['equals', 'not_equals', 'exists'],
  code: TEXT,
  date: ORDERED,
  email: TEXT,
  join: EQUALITY,
  json: ['exists'],
  number: ORDERED,
  point: ['equals', 'not_equals', 'exists', 'near', 'within', 'intersects'],
  radio: EQUALITY,
  relationship: EQUALITY,
  richText: ['exists'],
  select: EQUALITY,
  text: TEXT,
  textarea: TEXT,
  upload: EQUALITY,
}
/** Operators whose value is a list; every other operator compares with one value. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all', 'near', 'within', 'intersects'])

/** Why one operator and value cannot be asked of a field, or null. */
function operatorProblem(field: FlattenedField, operator: string, value: unknown): string | null {
  const relational = RELATIONAL.has(field.type)
  // A relationship or join `contains` takes a query on the related documents (staff only).
  if (operator === 'contains' && relational) {
    return isObject(value) ? null : `${operator} takes a query on the related documents here`
  }
  if (operator === 'exists' && !['true', 'false', true, false].includes(value as string)) {
    return 'exists takes true or false'
  }
  const allowed = OPERATORS[field.type]
  if (allowed && !allowed.includes(operator)) {
    return `cannot be queried with ${operator} (a ${field.type} field)`
  }
  // A relationship to several collections compares { relationTo, value } pairs.
  const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
  if (polymorphic && operator !== 'exists' && ![value].flat().every(isObject)) {
    return `${operator} takes { relationTo, value } pairs here (or query its .value)`
  }
  if (Array.isArray(value) && !LIST_OPERATORS.has(operator)) {
    return `${operator} takes one value, not a list`
  }
  return null
}

/** Postgres ids are serial numbers; `id` is not among a collection's flattened fields. */
const ID_FIELD = { name: 'id', type: 'number' } as FlattenedField

/**
 * The field a path ends on, following relationships and joins into the collections they point
 * at (staff may filter through them), or undefined when the path names no field.
 */
function leafField(
  config: SanitizedConfig,
  fields: FlattenedField[],
  path: string,
): FlattenedField | undefined {
  const segments = path.replace(/__/g, '.').split('.')
  let current = fields
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1
    if (segment === 'id' && last) return ID_FIELD
    const field = current.find((each) => 'name' in each && each.name === segment)
    if (!field || last) return field
    const target =
      field.type === 'join'
        ? field.collection
        : RELATIONAL.has(field.type) && 'relationTo' in field
          ? field.relationTo
          : undefined
    if (target !== undefined) {
      const collection =
        typeof target === 'string' ? config.collections.find((c) => c.slug === target) : undefined
      if (!collection) return undefined
      current = collection.flattenedFields
    } else if (field.type === 'blocks') current = fieldsOfBlocks(field)
    else if ('flattenedFields' in field) current = field.flattenedFields
    else return undefined
  }
  return undefined
}

/**
 * `where` constraints no field of that type can answer: an operator it lacks, or a list where one
 * value goes. Unknown paths are left to Payload, which refuses them itself.
 */
export function malformedWhere(
  config: SanitizedConfig,
  fields: FlattenedField[],
  where: unknown,
): string[] {
  if (!isObject(where)) return []
  return Object.entries(where).flatMap(([key, constraint]) => {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(constraint)) {
      return constraint.flatMap((item) => malformedWhere(config, fields, item))
    }
    if (!isObject(constraint)) return []
    const leaf = leafField(config, fields, key)
    if (!leaf) return []
    return Object.entries(constraint).flatMap(([operator, value]) => {
      const problem = operatorProblem(leaf, operator, value)
      return problem ? [`${key} ${problem}`] : []
    })
  })
}
