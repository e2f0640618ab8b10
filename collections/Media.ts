import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorOrAdmin } from '@/access/editorOrAdmin'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateRecord'
import { DATA_DIR } from '@/lib/env'
import { ACCEPTED_MIME_TYPES } from '@/lib/security/imageFiles'
import { answerUploadLimits, onlyRealImages } from '@/lib/security/uploadGuards'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    create: editorOrAdmin,
    read: anyone,
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
  ],
  hooks: {
    // The type is decided from the file's bytes, not its name or declared type (lib/security).
    beforeOperation: [onlyRealImages(editorOrAdmin)],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
    afterError: [answerUploadLimits],
  },
  upload: {
    staticDir: path.join(DATA_DIR, 'media'),
    // Raster images only: SVG can carry scripts. This list also filters the admin's file picker.
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
