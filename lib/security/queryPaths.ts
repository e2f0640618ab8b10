import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig, Sort } from 'payload'

// A filter or sort on `presenter.name` matches a field of a speaker the visitor may not see
// (Payload 3.90 applies the related read rule to a copy of the query in its draft path).

const RELATIONAL = new Set(['relationship', 'upload', 'join'])

type Resolved = { crosses: boolean; leaf?: FlattenedField }

const fieldsOfBlocks = (field: Extract<FlattenedField, { type: 'blocks' }>): FlattenedField[] =>
  [...field.blocks, ...(field.blockReferences ?? [])].flatMap((block) =>
    typeof block === 'string' ? [] : block.flattenedFields,
  )

// Unknown paths are left to Payload, which refuses them.
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

const isNestedQuery = (value: unknown): boolean =>
  isObject(value) || (Array.isArray(value) && value.some(isObject))

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
    // A join this walk cannot follow gets no filters from visitors.
    if (!target) return asked.map((what) => `${joinPath}.${what}`)
    return [
      ...crossingWherePaths(target.flattenedFields, options.where),
      ...crossingSortPaths(target.flattenedFields, options.sort),
    ].map((path) => `${joinPath}.${path}`)
  })
}

export type RelationPath = {
  collection: string
  path: string
  type: 'relationship' | 'upload' | 'join'
  relationTo: string[]
}

// Read from the config so a field added later is covered too.
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

// As Payload's admin filter (@payloadcms/ui WhereBuilder field-types). REST and GraphQL accept any
// operator and let PostgreSQL fail with a 500, so others are refused up front.
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
const LIST_OPERATORS = new Set(['in', 'not_in', 'all', 'near', 'within', 'intersects'])

function operatorProblem(field: FlattenedField, operator: string, value: unknown): string | null {
  const relational = RELATIONAL.has(field.type)
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
  const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
  if (polymorphic && operator !== 'exists' && ![value].flat().every(isObject)) {
    return `${operator} takes { relationTo, value } pairs here (or query its .value)`
  }
  if (Array.isArray(value) && !LIST_OPERATORS.has(operator)) {
    return `${operator} takes one value, not a list`
  }
  return null
}

// `id` is not among a collection's flattened fields.
const ID_FIELD = { name: 'id', type: 'number' } as FlattenedField

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
