import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { Session } from '@/payload-types'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: number | string }).id
    : (value as number | string | undefined)

// The unique index on (assembly, slug) holds regardless; this gives staff a readable message.
export const uniqueSlugInAssembly: CollectionBeforeValidateHook<Session> = async ({
  data,
  originalDoc,
  req,
}) => {
  const slug = data?.slug ?? originalDoc?.slug
  const assembly = idOf(data?.assembly ?? originalDoc?.assembly)
  if (!slug || !assembly) return data
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where: {
      and: [
        { slug: { equals: slug } },
        { assembly: { equals: assembly } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    select: { title: true },
    draft: true,
    req,
  })
  if (docs[0]) {
    throw new ValidationError({
      collection: 'sessions',
      errors: [
        {
          path: 'slug',
          message: `"${docs[0].title}" already uses this slug in the same assembly: choose another.`,
        },
      ],
    })
  }
  return data
}
