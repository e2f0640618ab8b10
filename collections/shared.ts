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

/** Drafts with a version history deep enough to restore a year of edits. */
export const recordVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: true,
  maxPerDoc: 50,
}
