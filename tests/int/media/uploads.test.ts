import { deflateSync } from 'node:zlib'

import sharp from 'sharp'

import {
  MAX_IMAGE_PIXELS,
  MAX_UPLOAD_BYTES,
  sniffImageType,
  uploadMessages,
} from '@/lib/security/imageFiles'
import { pngBytes } from '@/tests/helpers/factories'
import { pngChunk } from '@/tests/helpers/imagesWithMetadata'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })

const square = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } })

const encoded = {
  'image/jpeg': () => square().jpeg().toBuffer(),
  'image/png': () => square().png().toBuffer(),
  'image/webp': () => square().webp().toBuffer(),
  'image/avif': () => square().avif().toBuffer(),
  'image/gif': () => square().gif().toBuffer(),
}

const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">' +
    '<script>alert(document.cookie)</script><rect width="8" height="8"/></svg>',
)
const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')

/** A valid, tiny PNG that declares a huge size: its pixel data is an empty stream. */
function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(0))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

type Upload = { bytes: Buffer; name: string; type: string }

/** POST /api/media as a multipart form, as the admin's upload field sends it. */
async function postMedia({ bytes, name, type }: Upload, token?: string): Promise<Response> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: `Upload of ${name}` }))
  // Let the platform write the multipart body and its boundary, then send those bytes.
  const encodedForm = new Response(form)
  return rest('/media', {
    method: 'POST',
    body: await encodedForm.arrayBuffer(),
    headers: { 'Content-Type': encodedForm.headers.get('Content-Type') ?? '' },
    token,
  })
}

const messageOf = async (response: Response): Promise<string> => {
  const body = (await response.json()) as { errors?: Array<{ message: string }> }
  return body.errors?.map((error) => error.message).join(' ') ?? ''
}

/** Creates through the Local API as the editor, with access control on. */
const createAsEditor = ({ bytes, name, type }: Upload) =>
  app.payload.create({
    collection: 'media',
    data: { alt: `Upload of ${name}` },
    file: { data: bytes, mimetype: type, name, size: bytes.length },
    user: app.editor,
    overrideAccess: false,
  })

const mediaCount = async () => (await app.payload.count({ collection: 'media' })).totalDocs

describe('uploads through REST (multipart, as the admin sends them)', () => {
  it('accepts a real PNG from an editor and records its type', async () => {
    const response = await postMedia(
      { bytes: await pngBytes(), name: 'square.png', type: 'image/png' },
      app.editorToken,
    )
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as {
      doc: { mimeType: string; filename: string; width: number }
    }
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toMatch(/\.png$/)
    expect(doc.width).toBe(8)
  })

  it.each([
    ['a PDF', PDF, /PDF document/],
    ['an HTML page', HTML, /HTML page/],
    ['SVG markup', SVG, /SVG files are not accepted/],
  ])(
    'refuses %s renamed photo.jpg and declared image/jpeg, with a 400 that says why',
    async (_, bytes, message) => {
      const before = await mediaCount()
      const response = await postMedia(
        { bytes, name: 'photo.jpg', type: 'image/jpeg' },
        app.editorToken,
      )
      expect(response.status).toBe(400)
      expect(await messageOf(response)).toMatch(message)
      expect(await mediaCount()).toBe(before)
    },
  )

  it('refuses an SVG sent as what it is', async () => {
    const response = await postMedia(
      { bytes: SVG, name: 'logo.svg', type: 'image/svg+xml' },
      app.editorToken,
    )
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toBe(uploadMessages.svg)
  })

  it('refuses a file larger than the limit with a 413 and a message, not a 500', async () => {
    const before = await mediaCount()
    const bytes = Buffer.concat([await pngBytes(), Buffer.alloc(MAX_UPLOAD_BYTES)])
    const response = await postMedia(
      { bytes, name: 'huge.png', type: 'image/png' },
      app.editorToken,
    )
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toMatch(/at most 10\.0 MB/)
    expect(await mediaCount()).toBe(before)
  })

  it('accepts a file of exactly the limit', async () => {
    // Trailing bytes after the PNG's end are ignored by decoders; the size is what is tested.
    const image = await pngBytes()
    const bytes = Buffer.concat([image, Buffer.alloc(MAX_UPLOAD_BYTES - image.length)])
    const response = await postMedia({ bytes, name: 'big.png', type: 'image/png' }, app.editorToken)
    expect(response.status).toBe(201)
  })

  it('answers a visitor with 403 whatever the file is: access comes first', async () => {
    const response = await postMedia({ bytes: SVG, name: 'logo.svg', type: 'image/svg+xml' })
    expect(response.status).toBe(403)
  })
})

describe('uploads through the Local API as an editor', () => {
  it.each(Object.keys(encoded) as Array<keyof typeof encoded>)('accepts %s', async (type) => {
    const bytes = await encoded[type]()
    expect(sniffImageType(bytes)).toBe(type)
    const doc = await createAsEditor({ bytes, name: `square.${type.split('/')[1]}`, type })
    expect(doc.mimeType).toBe(type)
  })

  it('records the type found in the bytes and renames the file to match', async () => {
    const doc = await createAsEditor({
      bytes: await encoded['image/webp'](),
      name: 'holiday.jpg',
      type: 'image/jpeg',
    })
    expect(doc.mimeType).toBe('image/webp')
    expect(doc.filename).toMatch(/^holiday(-\d+)?\.webp$/)
  })

  it('refuses a PDF named photo.jpg with status 400', async () => {
    await expect(
      createAsEditor({ bytes: PDF, name: 'photo.jpg', type: 'image/jpeg' }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/PDF document/),
    })
  })

  it('refuses an SVG named photo.png', async () => {
    await expect(
      createAsEditor({ bytes: SVG, name: 'photo.png', type: 'image/png' }),
    ).rejects.toMatchObject({
      status: 400,
      message: uploadMessages.svg,
    })
  })

  it('refuses a file with an image signature that is not an image', async () => {
    const bytes = Buffer.concat([
      (await pngBytes()).subarray(0, 8),
      Buffer.from('not really a PNG'),
    ])
    await expect(
      createAsEditor({ bytes, name: 'photo.png', type: 'image/png' }),
    ).rejects.toMatchObject({
      status: 400,
      message: uploadMessages.unreadable('image/png'),
    })
  })

  it('refuses an image whose declared size would exhaust memory when resized', async () => {
    const side = Math.ceil(Math.sqrt(MAX_IMAGE_PIXELS)) + 1
    await expect(
      createAsEditor({ bytes: pngDeclaring(side, side), name: 'bomb.png', type: 'image/png' }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/megapixels/) })
  })

  it('refuses a file over the size limit with status 413', async () => {
    const bytes = Buffer.concat([await pngBytes(), Buffer.alloc(MAX_UPLOAD_BYTES)])
    await expect(
      createAsEditor({ bytes, name: 'huge.png', type: 'image/png' }),
    ).rejects.toMatchObject({
      status: 413,
    })
  })

  it('refuses a PDF that replaces an image on update, and keeps the image', async () => {
    const doc = await createAsEditor({
      bytes: await pngBytes(),
      name: 'keep.png',
      type: 'image/png',
    })
    await expect(
      app.payload.update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: { data: PDF, mimetype: 'image/png', name: 'keep.png', size: PDF.length },
        user: app.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const stored = await app.payload.findByID({ collection: 'media', id: doc.id })
    expect(stored.mimeType).toBe('image/png')
    expect(stored.filename).toBe(doc.filename)
  })

  it('still lets an editor change the alt text without sending a file', async () => {
    const doc = await createAsEditor({
      bytes: await pngBytes(),
      name: 'alt.png',
      type: 'image/png',
    })
    const updated = await app.payload.update({
      collection: 'media',
      id: doc.id,
      data: { alt: 'A green square' },
      user: app.editor,
      overrideAccess: false,
    })
    expect(updated.alt).toBe('A green square')
  })
})
