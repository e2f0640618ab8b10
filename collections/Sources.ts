import { stat } from 'node:fs/promises'
import path from 'node:path'

import { type CollectionConfig, NotFound, type PayloadRequest } from 'payload'

import { editorOrAdmin } from '@/access/editorOrAdmin'
import { recordAccess } from '@/collections/shared'
import { urlField } from '@/fields/url'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { DATA_DIR } from '@/lib/env'
import { sourceSelect } from '@/lib/queries/selects'
import { answerPdfUploadLimits, onlyPdfs, PDF_MIME_TYPE } from '@/lib/security/pdfFiles'

const MIN_YEAR = 1900
const MAX_YEAR = 2100
const FILES_DIR = path.join(DATA_DIR, 'sources')

// Payload answers a file missing on disk with a 500, which any made-up name would get from staff.
const answerMissingFile = async (
  req: PayloadRequest,
  { params }: { params: { filename: string } },
): Promise<void> => {
  const file = path.resolve(FILES_DIR, params.filename)
  const found = file.startsWith(FILES_DIR + path.sep)
    ? await stat(file).then(
        (stats) => stats.isFile(),
        () => false,
      )
    : false
  if (!found) throw new NotFound(req.t)
}

export const Sources: CollectionConfig<'sources'> = {
  slug: 'sources',
  access: recordAccess,
  admin: {
    group: 'The record',
    useAsTitle: 'title',
    defaultColumns: ['title', 'publisher', 'year', 'filename', '_status'],
    listSearchableFields: ['title', 'publisher'],
    description:
      'The documents the record’s facts come from, such as the report of an assembly. Records cite them; the public site shows a source under each record once the source is published. Attach the PDF or give a link, or both.',
  },
  defaultPopulate: sourceSelect,
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { description: 'As the document gives it.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'publisher',
          type: 'text',
          required: true,
          admin: { description: 'Who published it, e.g. PICUM.' },
        },
        {
          name: 'year',
          type: 'number',
          admin: {
            description: 'The year it was published. Leave empty when the document does not say.',
          },
          validate: (value: number | null | undefined) =>
            value === null ||
            value === undefined ||
            (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) ||
            `The year must be a whole number between ${MIN_YEAR} and ${MAX_YEAR}.`,
        },
      ],
    },
    urlField({
      name: 'link',
      admin: {
        description: 'Where the document can be read online. Only an address you have checked.',
      },
    }),
  ],
  hooks: {
    beforeOperation: [onlyPdfs(editorOrAdmin)],
    beforeDelete: [preventReferencedDelete],
    afterError: [answerPdfUploadLimits],
  },
  upload: {
    staticDir: FILES_DIR,
    handlers: [answerMissingFile],
    mimeTypes: [PDF_MIME_TYPE],
    filesRequiredOnCreate: false,
    crop: false,
    focalPoint: false,
    displayPreview: false,
  },
  // No autosave: it would store the form before the chosen file is sent with it.
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
}
