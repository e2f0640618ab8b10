import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type Where } from 'payload'

type Reference = {
  /** Where the document can be used, e.g. sessions. */
  collection: CollectionSlug
  /** A field path holding the reference, e.g. contributions.speaker. */
  path: string
  /** How staff would name that use: "session", "win". */
  noun: string
  /** The field shown to staff for each place, e.g. title. */
  titleField: string
}

/**
 * Refuses to delete a document that other documents still point at (a speaker with
 * contributions, an organisation with people or wins), naming where it is used, so a delete never
 * silently blanks out part of the record. Drafts count too: they will be published one day.
 */
export const preventReferencedDelete =
  (references: Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const uses: string[] = []
    for (const { collection, path, noun, titleField } of references) {
      const where: Where = { [path]: { equals: id } }
      const { docs, totalDocs } = await req.payload.find({
        collection,
        where,
        draft: true,
        depth: 0,
        limit: 3,
        select: { [titleField]: true },
        req,
      })
      if (totalDocs === 0) continue
      const titles = docs.map((doc) => `“${String((doc as unknown as Record<string, unknown>)[titleField])}”`)
      const more = totalDocs > docs.length ? ` and ${totalDocs - docs.length} more` : ''
      uses.push(`${totalDocs} ${noun}${totalDocs === 1 ? '' : 's'} (${titles.join(', ')}${more})`)
    }
    if (uses.length > 0) {
      throw new APIError(
        `This cannot be deleted while it is still used in ${uses.join('; ')}. Remove it there first.`,
        409,
        null,
        true,
      )
    }
  }
