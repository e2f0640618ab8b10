import type { CollectionConfig } from 'payload'

import { editorOrAdmin } from '@/access/editorOrAdmin'
import { publishedOrStaff } from '@/access/publishedOrStaff'

export const recordAccess: NonNullable<CollectionConfig['access']> = {
  create: editorOrAdmin,
  read: publishedOrStaff,
  readVersions: editorOrAdmin,
  update: editorOrAdmin,
  delete: editorOrAdmin,
}

export const recordVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { autosave: { interval: 800 }, schedulePublish: true },
  maxPerDoc: 50,
}
