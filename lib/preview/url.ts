import type { CollectionConfig, GeneratePreviewURL, PayloadRequest } from 'payload'

import { previewHref } from '@/lib/preview/links'
import { addressFields, type DocumentData } from '@/lib/record/addresses'
import { hasDrafts, hasPages, isRecordCollection, pageOf } from '@/lib/record/registry'

export async function previewUrlFor(
  collection: string,
  data: DocumentData,
  req: PayloadRequest,
): Promise<string | null> {
  if (!isRecordCollection(collection)) return null
  const page = pageOf(collection, await addressFields(collection, data, req, { draft: true }))
  return page ? previewHref(page) : null
}

export const isPreviewable = (collection: CollectionConfig): boolean =>
  isRecordCollection(collection.slug) && hasPages(collection.slug) && hasDrafts(collection)

// https://payloadcms.com/docs/admin/preview
export const previewUrl =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) =>
    previewUrlFor(collection, doc, req)
