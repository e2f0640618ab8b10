/**
 * A relationship is either the related document (populated) or only its id: Payload leaves the id
 * when the depth ran out or when the visitor may not read the document, which for the public
 * means it is a draft or unpublished. Either way the site must not show or link it.
 */
export function populated<T extends { id: number }>(
  value: number | T | null | undefined,
): T | null {
  return value !== null && typeof value === 'object' ? value : null
}

/** The populated documents of a hasMany relationship, in order, without the hidden ones. */
export function populatedList<T extends { id: number }>(
  values: ReadonlyArray<number | T> | null | undefined,
): T[] {
  return (values ?? []).flatMap((value) => {
    const doc = populated(value)
    return doc ? [doc] : []
  })
}

/** The id of a relationship, populated or not. */
export function relationId(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}

/** The ids of a hasMany relationship, populated or not, in order, without the missing ones. */
export const relationIds = (
  values: ReadonlyArray<number | { id: number } | null | undefined> | null | undefined,
): number[] => (values ?? []).map(relationId).filter((id): id is number => id !== null)

/** Distinct ids, without the missing ones: the `in` list of a batch read. */
export const uniqueIds = (ids: ReadonlyArray<number | null>): number[] => [
  ...new Set(ids.filter((id): id is number => id !== null)),
]

/**
 * Documents without repeats, first occurrence kept. A join on a relationship inside an array
 * (`contributions.organisationAtTheTime`) returns a session once per matching row, so a session
 * in which three people spoke for one organisation comes back three times.
 */
export const uniqueDocs = <T extends { id: number }>(docs: T[]): T[] => {
  const seen = new Set<number>()
  return docs.filter((doc) => !seen.has(doc.id) && seen.add(doc.id))
}
