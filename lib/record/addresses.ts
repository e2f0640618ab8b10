import type { PayloadRequest } from 'payload'

import { relationId } from '@/lib/populated'
import type { AddressFields, RecordCollection } from '@/lib/record/registry'

export type DocumentData = Record<string, unknown>

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null

// `draft`: a preview of next year's sessions names an assembly that is not published yet.
export async function addressFields(
  collection: RecordCollection,
  doc: DocumentData,
  req: PayloadRequest,
  { draft }: { draft: boolean },
): Promise<AddressFields> {
  const fields: AddressFields = {
    slug: text(doc.slug),
    year: typeof doc.year === 'number' ? doc.year : null,
  }
  if (collection !== 'sessions') return fields
  const assembly = doc.assembly as number | { id: number; year?: number | null } | null | undefined
  if (assembly && typeof assembly === 'object' && typeof assembly.year === 'number') {
    return { ...fields, assemblyYear: assembly.year }
  }
  const id = relationId(assembly)
  if (id === null) return fields
  const found = await req.payload.findByID({
    collection: 'assemblies',
    id,
    draft,
    depth: 0,
    select: { year: true },
    disableErrors: true,
    req,
  })
  return { ...fields, assemblyYear: found?.year ?? null }
}
