import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { Win } from '@/payload-types'

const idOf = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? Number((value as { id: number }).id)
      : undefined

export const sessionMatchesAssembly: CollectionBeforeValidateHook<Win> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const sessionId = idOf(data.session !== undefined ? data.session : originalDoc?.session)
  if (!sessionId) return data
  const session = await req.payload.findByID({
    collection: 'sessions',
    id: sessionId,
    depth: 0,
    select: { assembly: true },
    draft: true,
    disableErrors: true,
    req,
  })
  if (!session) return data
  const sessionAssembly = idOf(session.assembly)
  const assembly = idOf(data.assembly !== undefined ? data.assembly : originalDoc?.assembly)
  if (!assembly) return { ...data, assembly: sessionAssembly }
  if (assembly !== sessionAssembly) {
    throw new ValidationError({
      collection: 'wins',
      errors: [{ path: 'session', message: 'This session belongs to another assembly.' }],
    })
  }
  return data
}
