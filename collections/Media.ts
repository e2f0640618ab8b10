import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { editorOrAdmin } from '@/access/editorOrAdmin'
import { mediaVisibleOrStaff } from '@/access/mediaVisibleOrStaff'
import { nobody } from '@/access/nobody'
import { DATA_DIR } from '@/lib/env'
import { ACCEPTED_MIME_TYPES } from '@/lib/security/imageFiles'
import { serveMediaFile } from '@/lib/security/mediaFileResponse'
import { answerUploadLimits, onlyRealImages } from '@/lib/security/uploadGuards'

const staticDir = path.join(DATA_DIR, 'media')

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: editorOrAdmin,
    read: mediaVisibleOrStaff,
    update: editorOrAdmin,
    delete: editorOrAdmin,
  },
  admin: {
    group: 'Media',
    useAsTitle: 'alt',
  },
  defaultPopulate: { alt: true, url: true, width: true, height: true, sizes: true },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: {
        description:
          'Describe what the image shows for people who cannot see it, e.g. "Lucía Maquieira speaking at the 2025 General Assembly".',
      },
    },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or source, if known.' } },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Let anyone see this image even where no published page uses it. Leave unticked for portraits: they then become visible only while a published page shows them.',
      },
    },
    {
      // Derived by hooks/trackMediaUse.ts; nobody sets it by hand.
      name: 'inPublishedUse',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: nobody, update: nobody },
      hooks: { beforeChange: [({ operation, value }) => (operation === 'create' ? false : value)] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description:
          'Ticked by the site while a published assembly, speaker, organisation or other page shows this image. Visitors can see it only then, or when it is marked public.',
      },
    },
  ],
  hooks: {
    // Judged by the file's bytes, not its name or declared type.
    beforeOperation: [onlyRealImages(editorOrAdmin)],
    afterError: [answerUploadLimits],
  },
  upload: {
    staticDir,
    // Cache policy that lets an unpublished image disappear at once.
    handlers: [serveMediaFile(staticDir)],
    // Raster only: SVG can carry scripts.
    mimeTypes: [...ACCEPTED_MIME_TYPES],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
  },
}
