import type { GeneratePreviewURL, PayloadRequest } from 'payload'

import { type PreviewableCollection, previewHref } from '@/lib/preview'
import { paths } from '@/lib/urls'

/** A document as the admin form holds it: saved values, or the latest autosaved draft. */
type DocumentData = Record<string, unknown>

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value : null

/** A relationship as the form holds it: an id, or the populated document. */
const relationId = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const { id } = value as { id: unknown }
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return null
}

async function assemblyYear(assembly: unknown, req: PayloadRequest): Promise<number | null> {
  if (assembly && typeof assembly === 'object' && 'year' in assembly) {
    const { year } = assembly as { year: unknown }
    if (typeof year === 'number') return year
  }
  const id = relationId(assembly)
  if (id === null) return null
  // The assembly may itself be an unpublished draft (a session of next year's assembly).
  const found = await req.payload.findByID({
    collection: 'assemblies',
    id,
    draft: true,
    depth: 0,
    select: { year: true },
    disableErrors: true,
    req,
  })
  return found?.year ?? null
}

/**
 * The address a document has (or will have once published) on the public site, from the values
 * in the admin form; null while it has none yet, e.g. a session without a slug.
 */
export async function documentPath(
  collection: PreviewableCollection,
  data: DocumentData,
  req: PayloadRequest,
): Promise<string | null> {
  switch (collection) {
    case 'assemblies':
      return typeof data.year === 'number' ? paths.assembly(data.year) : null
    case 'sessions': {
      const slug = text(data.slug)
      const year = slug ? await assemblyYear(data.assembly, req) : null
      return slug && year !== null ? paths.session(year, slug) : null
    }
    case 'speakers': {
      const slug = text(data.slug)
      return slug ? paths.speaker(slug) : null
    }
    case 'organisations': {
      const slug = text(data.slug)
      return slug ? paths.organisation(slug) : null
    }
    case 'wins': {
      const slug = text(data.slug)
      return slug ? paths.win(slug) : null
    }
  }
}

/** Where the admin's preview (its button, or the live preview pane) opens a document. */
export async function previewUrlFor(
  collection: PreviewableCollection,
  data: DocumentData,
  req: PayloadRequest,
): Promise<string | null> {
  const path = await documentPath(collection, data, req)
  return path ? previewHref(path) : null
}

/**
 * `admin.preview` for a collection: the admin's Preview button goes through the preview route,
 * which checks the staff session and turns on draft mode before it opens the page.
 * https://payloadcms.com/docs/admin/preview
 */
export const previewUrl =
  (collection: PreviewableCollection): GeneratePreviewURL =>
  (doc, { req }) =>
    previewUrlFor(collection, doc, req)
