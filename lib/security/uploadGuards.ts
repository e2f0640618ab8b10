import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  type Access,
  type CollectionAfterErrorHook,
  type CollectionBeforeOperationHook,
  type Config,
  type PayloadRequest,
} from 'payload'

import { inspectImage, MAX_UPLOAD_BYTES, uploadMessages } from '@/lib/security/imageFiles'
import { withoutMetadata } from '@/lib/security/imageMetadata'
import { MULTIPART_TOO_LARGE, MULTIPART_TOO_MANY_FILES } from '@/lib/compat/payload'
import { Refusal } from '@/lib/errors/refusal'

/**
 * Payload's multipart parser (busboy), configured in payload.config.ts `upload`: it stops reading
 * a file at the size limit instead of buffering it whole, and caps the request as a whole.
 * https://payloadcms.com/docs/upload/overview#payload-wide-upload-options
 */
export const uploadOptions: NonNullable<Config['upload']> = {
  abortOnLimit: true,
  responseOnLimit: uploadMessages.tooLarge(),
  // busboy refuses a file that reaches `fileSize`; one byte more lets a file of exactly the
  // limit through, as the Local API check allows. The form fields are small; one file a request.
  limits: { fileSize: MAX_UPLOAD_BYTES + 1, files: 1 },
  requestSizeLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
}

/**
 * Payload turns the parser's 413s into plain 500 `APIError`s on the way out (it re-throws
 * `new APIError(error.message)`), so a file over the limit would answer "Something went wrong."
 * This restores the 413 and the message for the parser's limit errors. Collection-level
 * `afterError` runs for the media REST routes, before the config-level hook.
 */
const LIMIT_MESSAGES = new Set([uploadOptions.responseOnLimit, MULTIPART_TOO_MANY_FILES, MULTIPART_TOO_LARGE])

/** An upload collection's `afterError`, worded for what that collection holds. */
export const answerLimitsWith =
  (words: { oneFileAtATime: string; tooLarge: () => string }): CollectionAfterErrorHook =>
  ({ error }) => {
    if (!LIMIT_MESSAGES.has(error.message)) return
    const message = error.message === MULTIPART_TOO_MANY_FILES ? words.oneFileAtATime : words.tooLarge()
    return { response: { errors: [{ message }] }, status: 413 }
  }

export const answerUploadLimits = answerLimitsWith({
  oneFileAtATime: 'Upload one file at a time, with its alt text and credit.',
  tooLarge: uploadMessages.tooLarge,
})

const fileBytes = async (file: NonNullable<PayloadRequest['file']>): Promise<Buffer> =>
  file.data?.length ? file.data : file.tempFilePath ? readFile(file.tempFilePath) : Buffer.alloc(0)

/** `photo.jpg` holding PNG bytes is stored as `photo.png`, so its name matches what it is. */
const withExtension = (name: string, extension: string): string => {
  const { name: base, ext } = path.parse(name)
  const current = ext.slice(1).toLowerCase()
  if (current === extension || (extension === 'jpg' && current === 'jpeg')) return name
  return `${base || 'image'}.${extension}`
}

/**
 * Media `beforeOperation` for create and update: every file, whichever way it arrives (the
 * admin, REST, the Local API), must be an accepted image within the size limit, judged by its
 * bytes. The type Payload records and the file's extension are then set from what was found,
 * and the bytes are replaced by the same picture without its metadata (lib/security/
 * imageMetadata.ts), before Payload stores the original and makes its sizes from it.
 * Someone the collection's access rule refuses gets Payload's 403, not a verdict on the file.
 */
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
