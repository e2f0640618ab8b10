/**
 * Uploaded images keep nothing but their pixels: no EXIF (camera, author, GPS position), XMP,
 * IPTC, ICC profile, comments or text chunks, in the stored original and in every size Payload
 * makes from it; the EXIF orientation is applied to the pixels first, so the stored dimensions are
 * the ones a viewer sees; animations stay animated.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { findMetadata, withoutMetadata } from '@/lib/security/imageMetadata'
import type { Media } from '@/payload-types'
import {
  animatedGifWithComment,
  animatedWebpWithExif,
  commentSegment,
  hiddenData,
  phonePhoto,
  pngWithText,
  SECRETS,
  withJpegSegments,
} from '@/tests/helpers/imagesWithMetadata'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })

const staticDir = () => app.payload.collections.media.config.upload.staticDir!

/** The stored original and every size Payload wrote, by name. */
async function storedFiles(doc: Media): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {
    original: await readFile(path.join(staticDir(), doc.filename!)),
  }
  for (const [size, data] of Object.entries(doc.sizes ?? {})) {
    if (data?.filename) files[size] = await readFile(path.join(staticDir(), data.filename))
  }
  return files
}

async function expectClean(doc: Media, sizes: string[]) {
  const files = await storedFiles(doc)
  expect(Object.keys(files).sort()).toEqual(['original', ...sizes].sort())
  for (const [name, bytes] of Object.entries(files)) {
    expect([name, await hiddenData(bytes)]).toEqual([name, []])
    expect([name, await findMetadata(bytes)]).toEqual([name, []])
  }
  return files
}

async function postMedia(bytes: Buffer, name: string, type: string): Promise<Media> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: `Upload of ${name}` }))
  const encoded = new Response(form)
  const response = await rest('/media', {
    method: 'POST',
    body: await encoded.arrayBuffer(),
    headers: { 'Content-Type': encoded.headers.get('Content-Type') ?? '' },
    token: app.editorToken,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { doc: Media }).doc
}

const createAsEditor = (bytes: Buffer, name: string, mimetype: string) =>
  app.payload.create({
    collection: 'media',
    data: { alt: `Upload of ${name}` },
    file: { data: bytes, mimetype, name, size: bytes.length },
    user: app.editor,
    overrideAccess: false,
  })

describe('a phone photo with EXIF (camera, author, GPS), XMP, IPTC, a comment and orientation 6', () => {
  let upload: Buffer

  beforeAll(async () => {
    upload = await phonePhoto()
    // The test image really carries all of it.
    const found = await hiddenData(upload)
    expect(found).toEqual(
      expect.arrayContaining([
        'EXIF',
        'XMP',
        'IPTC',
        'orientation 6',
        ...Object.values(SECRETS).slice(0, 6),
      ]),
    )
    const { exif } = await sharp(upload).metadata()
    // The GPS IFD pointer (tag 0x8825) is in the EXIF block.
    expect(
      exif!.includes(Buffer.from([0x88, 0x25])) || exif!.includes(Buffer.from([0x25, 0x88])),
    ).toBe(true)
  })

  it('is stored, with every size, without any of it, turned the right way up (REST upload)', async () => {
    const doc = await postMedia(upload, 'IMG_0042.jpg', 'image/jpeg')
    // 2400 × 1800 stored sideways: a viewer sees 1800 × 2400.
    expect([doc.width, doc.height]).toEqual([1800, 2400])
    expect([doc.sizes?.card?.width, doc.sizes?.card?.height]).toEqual([768, 1024])
    expect([doc.sizes?.hero?.width, doc.sizes?.hero?.height]).toEqual([1600, 2133])
    const files = await expectClean(doc, ['thumbnail', 'card', 'hero'])
    expect(doc.filesize).toBe(files.original!.length)

    // The orientation was applied to the pixels, not just dropped: red on top, blue below.
    const { data, info } = await sharp(files.original!).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([1800, 2400])
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ]
    const [topRed, , topBlue] = pixel(900, 100)
    const [bottomRed, , bottomBlue] = pixel(900, 2300)
    expect(topRed).toBeGreaterThan(150)
    expect(topBlue).toBeLessThan(100)
    expect(bottomBlue).toBeGreaterThan(150)
    expect(bottomRed).toBeLessThan(100)
  })

  it('is served without it too', async () => {
    const doc = await postMedia(upload, 'IMG_0043.jpg', 'image/jpeg')
    const served = await rest(`/media/file/${doc.filename}`, { token: app.editorToken })
    expect(served.status).toBe(200)
    expect(await hiddenData(Buffer.from(await served.arrayBuffer()))).toEqual([])
  })

  it('is cleaned when it replaces the file of an existing image', async () => {
    const first = await createAsEditor(await pngWithText(), 'before.png', 'image/png')
    const replaced = await app.payload.update({
      collection: 'media',
      id: first.id,
      data: {},
      file: { data: upload, mimetype: 'image/jpeg', name: 'after.jpg', size: upload.length },
      user: app.editor,
      overrideAccess: false,
    })
    expect(replaced.mimeType).toBe('image/jpeg')
    expect([replaced.width, replaced.height]).toEqual([1800, 2400])
    await expectClean(replaced, ['thumbnail', 'card', 'hero'])
  })
})

describe('other formats', () => {
  it('drops the text and time chunks of a PNG (Local API upload)', async () => {
    const bytes = await pngWithText()
    expect(await hiddenData(bytes)).toEqual(
      expect.arrayContaining([SECRETS.pngText, 'tEXt', 'iTXt', 'tIME']),
    )
    const doc = await createAsEditor(bytes, 'chart.png', 'image/png')
    expect(doc.mimeType).toBe('image/png')
    expect([doc.width, doc.height]).toEqual([400, 300])
    await expectClean(doc, ['thumbnail'])
  })

  it.each([
    {
      format: 'GIF',
      without: 'its comment',
      image: animatedGifWithComment,
      secret: SECRETS.gifComment,
      name: 'wave.gif',
      type: 'image/gif',
    },
    {
      format: 'WebP',
      without: 'its EXIF',
      image: animatedWebpWithExif,
      secret: SECRETS.artist,
      name: 'wave.webp',
      type: 'image/webp',
    },
  ])(
    'keeps an animated $format animated, without $without',
    async ({ image, secret, name, type }) => {
      const bytes = await image()
      expect(bytes.includes(secret)).toBe(true)
      const doc = await createAsEditor(bytes, name, type)
      const { original } = await expectClean(doc, [])
      const meta = await sharp(original!, { animated: true }).metadata()
      // Two frames of 40 × 30, shown for 100 and 200 ms.
      expect([meta.pages, meta.pageHeight, meta.width, meta.delay]).toEqual([2, 30, 40, [100, 200]])
      expect([doc.width, doc.height]).toEqual([40, 30])
    },
  )
})

describe('findMetadata and withoutMetadata', () => {
  const square = () => sharp({ create: { width: 12, height: 8, channels: 4, background: '#3a78' } })

  it('find nothing in what sharp writes, for every accepted format (so cleaning is idempotent)', async () => {
    const encoded = [
      await square().jpeg().toBuffer(),
      await square().png().toBuffer(),
      await square().png({ palette: true }).toBuffer(),
      await square().webp().toBuffer(),
      await square().webp({ lossless: true }).toBuffer(),
      await square().avif().toBuffer(),
      await square().gif().toBuffer(),
    ]
    for (const bytes of encoded) expect(await findMetadata(bytes)).toEqual([])
    for (const bytes of encoded)
      expect(await findMetadata((await withoutMetadata(bytes)).bytes)).toEqual([])
  })

  it('name what they find', async () => {
    expect(await findMetadata(await phonePhoto(40, 20))).toEqual([
      'EXIF',
      'XMP',
      'IPTC',
      'ICC profile',
      'comment',
    ])
    expect(
      await findMetadata(withJpegSegments(await square().jpeg().toBuffer(), commentSegment('x'))),
    ).toEqual(['comment'])
    expect(await findMetadata(await pngWithText(10, 10))).toEqual(['text', 'date'])
    expect(await findMetadata(await animatedGifWithComment())).toEqual(['comment'])
    expect(await findMetadata(await animatedWebpWithExif())).toEqual(['EXIF'])
    const icc = await square().jpeg().withIccProfile('p3').toBuffer()
    expect(await findMetadata(icc)).toEqual(['ICC profile'])
    const trailing = Buffer.concat([
      await square().png().toBuffer(),
      Buffer.from('PK\x03\x04 a zip'),
    ])
    expect(await findMetadata(trailing)).toEqual(['data after the image'])
    const avif = await square()
      .avif()
      .withExif({ IFD0: { Artist: SECRETS.artist } })
      .toBuffer()
    expect(await findMetadata(avif)).toEqual(['EXIF'])
  })

  it('keep a lossless WebP lossless and a palette PNG a palette', async () => {
    const lossless = await square()
      .webp({ lossless: true })
      .withExif({ IFD0: { Artist: 'x' } })
      .toBuffer()
    const cleanWebp = (await withoutMetadata(lossless)).bytes
    expect(cleanWebp.includes('VP8L')).toBe(true)
    const palette = await square().png({ palette: true }).toBuffer()
    expect((await sharp((await withoutMetadata(palette)).bytes).metadata()).isPalette).toBe(true)
  })
})
