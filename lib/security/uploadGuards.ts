import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  type Access,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type Config,
  type PayloadRequest,
} from 'payload'

import { MULTIPART_TOO_LARGE, MULTIPART_TOO_MANY_FILES } from '@/lib/compat/payload'
import { Refusal } from '@/lib/errors/refusal'
import { inspectImage, MAX_UPLOAD_BYTES, uploadMessages } from '@/lib/security/imageFiles'
import { withoutMetadata } from '@/lib/security/imageMetadata'

// https://payloadcms.com/docs/upload/overview#payload-wide-upload-options
export const uploadOptions: NonNullable<Config['upload']> = {
  abortOnLimit: true,
  responseOnLimit: uploadMessages.tooLarge(),
  // busboy refuses a file that reaches `fileSize`: +1 admits exactly the limit, as Local API does.
  limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 },
  requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
}

// Payload re-throws the parser's 413s as plain 500 `APIError`s; this restores the 413 and message.
const LIMIT_MESSAGES = new Set([
  uploadOptions.responseOnLimit,
  MULTIPART_TOO_MANY_FILES,
  MULTIPART_TOO_LARGE,
])

export const answerLimitsWith =
  (words: { oneFileAtATime: string; tooLarge: () => string }): CollectionAfterErrorHook =>
  ({ error }) => {
    if (!LIMIT_MESSAGES.has(error.message)) return
    const message =
      error.message === MULTIPART_TOO_MANY_FILES ? words.oneFileAtATime : words.tooLarge()
    return { response: { errors: [{ message }] }, status: 413 }
  }

export const answerUploadLimits = answerLimitsWith({
  oneFileAtATime: 'Upload one file at a time, with its alt text and credit.',
  tooLarge: uploadMessages.tooLarge,
})

const fileBytes = async (file: NonNullable<PayloadRequest['file']>): Promise<Buffer> =>
  file.data?.length ? file.data : file.tempFilePath ? readFile(file.tempFilePath) : Buffer.alloc(0)

const withExtension = (name: string, extension: string): string => {
  const { name: base, ext } = path.parse(name)
  const current = ext.slice(1).toLowerCase()
  if (current === extension || (extension === 'jpg' && current === 'jpeg')) return name
  return `${base || 'image'}.${extension}`
}

// In beforeOperation, so every path is checked and Payload stores the bytes without metadata.
export const onlyRealImages =
  (canUpload: Access): CollectionBeforeOperationHook<'media'> =>
  async (hookArgs) => {
    if (hookArgs.operation !== 'create' && hookArgs.operation !== 'update') return
    const { req, overrideAccess } = hookArgs
    const file = req.file
    if (!file) return
    if (!overrideAccess && !(await canUpload({ req }))) return

    const bytes = await fileBytes(file)
    const verdict = await inspectImage(bytes)
    if (!verdict.ok) {
      throw new Refusal(verdict.message, verdict.status, { file: file.name }, 'RefusedUpload')
    }
    const clean = await withoutMetadata(bytes)
    // Payload reads an upload from its temporary file when the parser wrote one, else from memory.
    if (file.tempFilePath) await writeFile(file.tempFilePath, clean.bytes)
    else file.data = clean.bytes
    file.mimetype = verdict.mimeType
    file.name = withExtension(file.name, verdict.extension)
    file.size = clean.bytes.length
  }
