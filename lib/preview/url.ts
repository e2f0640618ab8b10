import type { CollectionConfig, GeneratePreviewURL, PayloadRequest } from 'payload'

import { previewHref } from '@/lib/preview/links'
import { addressFields, type DocumentData } from '@/lib/record/addresses'
import { hasDrafts, hasPages, isRecordCollection, pageOf } from '@/lib/record/registry'

/**
 * Where the admin's preview (its button, or the live preview pane) opens a document: the page it
 * has, or will have once published, from the values in the form, through the preview route,
 * which checks the staff session and turns on draft mode. Null while it has none (no slug yet).
 */
export async function previewUrlFor(
  collection: string,
  data: DocumentData,
  req: PayloadRequest,
): Promise<string | null> {
  if (!isRecordCollection(collection)) return null
  const page = pageOf(collection, await addressFields(collection, data, req, { draft: true }))
  return page ? previewHref(page) : null
}

/** Whether the admin offers a preview: the collection has drafts and pages of its own. */
export const isPreviewable = (collection: CollectionConfig): boolean =>
  isRecordCollection(collection.slug) && hasPages(collection.slug) && hasDrafts(collection)

/** `admin.preview` for a collection. https://payloadcms.com/docs/admin/preview */
export const previewUrl =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) =>
    previewUrlFor(collection, doc, req)
