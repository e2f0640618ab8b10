import type { CollectionConfig } from 'payload'

import { refuseWithheldNames } from '@/hooks/refuseWithheldNames'
import { isPreviewable, previewUrl } from '@/lib/preview/url'
import { isIndexedCollection, isRecordCollection } from '@/lib/record/registry'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/revalidation'
import { indexAfterChange, indexAfterDelete } from '@/lib/search/hooks'

export function withRecordBehaviour(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const { slug } = collection
    if (!isRecordCollection(slug)) return collection
    const indexed = isIndexedCollection(slug)
    return {
      ...collection,
      admin: {
        ...collection.admin,
        ...(isPreviewable(collection) ? { preview: previewUrl(slug) } : {}),
      },
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), refuseWithheldNames],
        afterChange: [
          ...(collection.hooks?.afterChange ?? []),
          revalidateAfterChange,
          ...(indexed ? [indexAfterChange] : []),
        ],
        afterDelete: [
          ...(collection.hooks?.afterDelete ?? []),
          revalidateAfterDelete,
          ...(indexed ? [indexAfterDelete] : []),
        ],
      },
    }
  })
}
