import type { CollectionConfig } from 'payload'

import { editorOrAdmin } from '@/access/editorOrAdmin'
import { publishedOrStaff } from '@/access/publishedOrStaff'

/**
 * The record's collections share one access policy: the public reads what is published, staff
 * (editors and admins) write, and only staff see drafts and old versions.
 */
export const recordAccess: NonNullable<CollectionConfig['access']> = {
  create: editorOrAdmin,
  read: publishedOrStaff,
  readVersions: editorOrAdmin,
  update: editorOrAdmin,
  delete: editorOrAdmin,
}

/**
 * Drafts that save themselves while staff type (and feed live preview), publishing at a chosen
 * date and time through the job queue, and a history of 50 versions per document to restore from.
 */
export const recordVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { autosave: { interval: 800 }, schedulePublish: true },
  maxPerDoc: 50,
}
