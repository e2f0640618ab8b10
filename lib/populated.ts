/**
 * Payload leaves only the id when depth ran out or the visitor may not read the document (for the
 * public: a draft). Either way the site must not show or link it.
 */
export function populated<T extends { id: number }>(
  value: number | T | null | undefined,
): T | null {
  return value !== null && typeof value === 'object' ? value : null
}

export function populatedList<T extends { id: number }>(
  values: ReadonlyArray<number | T> | null | undefined,
): T[] {
  return (values ?? []).flatMap((value) => {
    const doc = populated(value)
    return doc ? [doc] : []
  })
}

export function relationId(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}

export const relationIds = (
  values: ReadonlyArray<number | { id: number } | null | undefined> | null | undefined,
): number[] => (values ?? []).map(relationId).filter((id): id is number => id !== null)

export const uniqueIds = (ids: ReadonlyArray<number | null>): number[] => [
  ...new Set(ids.filter((id): id is number => id !== null)),
]

// A join on a relationship inside an array returns a document once per matching row.
export const uniqueDocs = <T extends { id: number }>(docs: T[]): T[] => {
  const seen = new Set<number>()
  return docs.filter((doc) => !seen.has(doc.id) && seen.add(doc.id))
}

/**
 * The document read for a relation's id, put in its place as Payload's `depth` would: a page reads
 * its relations in one batch per collection (lib/queries/find.ts `findByIds`) and puts them back
 * here. An id with no document (not published, or the viewer may not read it) stays a bare id, so
 * `populated()` hides it exactly as it hides what Payload leaves unpopulated.
 */
export function withDoc<T extends { id: number }>(
  value: number | { id: number },
  docs: ReadonlyMap<number, T>,
): number | T
export function withDoc<T extends { id: number }>(
  value: number | { id: number } | null | undefined,
  docs: ReadonlyMap<number, T>,
): number | T | null
export function withDoc<T extends { id: number }>(
  value: number | { id: number } | null | undefined,
  docs: ReadonlyMap<number, T>,
): number | T | null {
  const id = relationId(value)
  return id === null ? null : (docs.get(id) ?? id)
}

export const docsById = <T extends { id: number }>(docs: readonly T[]): Map<number, T> =>
  new Map(docs.map((doc) => [doc.id, doc]))
