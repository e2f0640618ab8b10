import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Access, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { Refusal } from '@/lib/errors/refusal'
import { describeContent, MAX_UPLOAD_BYTES } from '@/lib/security/imageFiles'
import { answerLimitsWith } from '@/lib/security/uploadGuards'

// Payload runs the same test afterwards (payload/dist/utilities/validatePDF.js); this one runs
// first so staff get a clear reason.
export const PDF_MIME_TYPE = 'application/pdf'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const pdfMessages = {
  tooLarge: (size?: number) =>
    `${size ? `The file is ${megabytes(size)}; documents` : 'The file is too large: documents'} can be at most ${megabytes(MAX_UPLOAD_BYTES)}. Link to the document instead, or upload a smaller export.`,
  notAPdf: (what: string | null) =>
    `This file is not a PDF document${what ? ` (its content is ${what})` : ''}, whatever its name says. A source's file must be a PDF; for anything else, give its link.`,
  truncated:
    'This file starts like a PDF but does not end like one; it may be incomplete. Export it again and upload the new file.',
}

export type PdfVerdict = { ok: true } | { ok: false; status: 400 | 413; message: string }

const HEADER = /^%PDF-(1\.[0-7]|2\.0)/

export function inspectPdf(bytes: Buffer): PdfVerdict {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, status: 413, message: pdfMessages.tooLarge(bytes.length) }
  }
  if (!HEADER.test(bytes.subarray(0, 16).toString('latin1'))) {
    const { what } = describeContent(bytes)
    return { ok: false, status: 400, message: pdfMessages.notAPdf(what) }
  }
  const end = bytes.subarray(-1024).toString('latin1')
  if (!end.includes('%%EOF') || !end.includes('xref')) {
    return { ok: false, status: 400, message: pdfMessages.truncated }
  }
  return { ok: true }
}

const fileBytes = async (file: NonNullable<PayloadRequest['file']>): Promise<Buffer> =>
  file.data?.length ? file.data : file.tempFilePath ? readFile(file.tempFilePath) : Buffer.alloc(0)

// In beforeOperation so every path (admin, REST, Local API) is checked.
export const onlyPdfs =
  (canUpload: Access): CollectionBeforeOperationHook<'sources'> =>
  async ({ operation, overrideAccess, req }) => {
    if (operation !== 'create' && operation !== 'update') return
    const file = req.file
    if (!file) return
    if (!overrideAccess && !(await canUpload({ req }))) return
    const bytes = await fileBytes(file)
    const verdict = inspectPdf(bytes)
    if (!verdict.ok) {
      throw new Refusal(verdict.message, verdict.status, { file: file.name }, 'RefusedUpload')
    }
    file.mimetype = PDF_MIME_TYPE
    file.name = `${path.parse(file.name).name || 'source'}.pdf`
    file.size = bytes.length
  }

export const answerPdfUploadLimits = answerLimitsWith({
  oneFileAtATime: 'Upload one file at a time, with the source’s details.',
  tooLarge: pdfMessages.tooLarge,
})
