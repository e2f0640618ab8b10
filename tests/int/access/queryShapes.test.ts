/**
 * Every field of every collection, with every operator Payload accepts and values of each shape,
 * sent through the REST router as an editor: the answer is a 4xx or an answer, never a 500.
 * Operators a field type has no SQL for (`like` on a number, `contains` on a date), and lists
 * where one value goes, are refused with a 400 that names the field (hooks/guardQueries.ts);
 * schema errors are not dressed up as client errors any more, so this is what keeps them out.
 * The fields are read from the configuration and the operators from Payload: a field added later,
 * or an operator a Payload upgrade brings, is covered.
 */
import type { FlattenedField } from 'payload'
import { validOperators } from 'payload/shared'

import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

/** One value, an empty value and a list, as a query string carries them. */
const VALUES = [
  (key: string) => `${key}=x`,
  (key: string) => `${key}=`,
  (key: string) => `${key}[0]=a&${key}[1]=b`,
]

const app = setupRecord({ staff: ['admin'], signIn: ['admin'], quiet: true })

/** Dotted paths of every field that holds data, nested ones included. */
function fieldPaths(
  fields: FlattenedField[],
  prefix = '',
): Array<{ path: string; type: string; kind: string }> {
  return fields.flatMap((field) => {
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    if (
      (field.type === 'array' || field.type === 'group' || field.type === 'tab') &&
      'flattenedFields' in field
    ) {
      return fieldPaths(field.flattenedFields, `${path}.`)
    }
    const many = 'hasMany' in field && Boolean(field.hasMany)
    const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
    const nested = prefix ? 'nested' : 'top'
    return [{ path, type: field.type, kind: `${field.type}/${many}/${polymorphic}/${nested}` }]
  })
}

it('answers every field × operator × value shape below 500, and refuses what the field type cannot answer', async () => {
  const failures: string[] = []
  let refused = 0
  let answered = 0
  // One field of each kind (type, many values or one, one related collection or several) stands
  // for its kind: the SQL Payload writes depends on that, not on the field's name.
  const kinds = new Map<string, { slug: string; path: string; type: string }>()
  for (const { slug, flattenedFields, endpoints } of app.payload.config.collections) {
    if (endpoints === false) continue
    for (const { path, type, kind } of [
      ...fieldPaths(flattenedFields),
      { path: 'id', type: 'id', kind: 'id' },
    ]) {
      if (!kinds.has(kind)) kinds.set(kind, { slug, path, type })
    }
  }
  expect(kinds.size).toBeGreaterThan(10)
  for (const { slug, path, type } of kinds.values()) {
    {
      for (const operator of validOperators) {
        for (const value of VALUES) {
          const query = value(`where[${path}][${operator}]`)
          const response = await rest(`/${slug}?limit=1&${encodeURI(query)}`, {
            token: app.adminToken,
          })
          if (response.status >= 500) failures.push(`${response.status} ${slug} ${type} ${query}`)
          else if (response.status === 400) refused += 1
          else answered += 1
        }
      }
    }
  }
  expect(failures).toEqual([])
  // Both kinds happened: the table is neither empty nor refusing everything.
  expect(refused).toBeGreaterThan(100)
  expect(answered).toBeGreaterThan(100)
})

it('names the field and the operator in the refusal', async () => {
  const response = await rest('/assemblies?where[year][like]=20', { token: app.adminToken })
  expect(response.status).toBe(400)
  const { errors } = (await response.json()) as { errors: Array<{ message: string }> }
  expect(errors[0]?.message).toBe(
    'This query cannot be answered: year cannot be queried with like (a number field).',
  )
  const list = await rest('/assemblies?where[title][contains][0]=a&where[title][contains][1]=b', {
    token: app.adminToken,
  })
  expect(list.status).toBe(400)
  expect(((await list.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toBe(
    'This query cannot be answered: title contains takes one value, not a list.',
  )
})
