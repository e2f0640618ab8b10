import sharp from 'sharp'

import { type AcceptedImageType, sniffImageType } from '@/lib/security/imageFiles'

// EXIF, XMP and the like can hold the GPS position where a photo was taken and so locate a person:
// every upload is re-encoded from its pixels alone, orientation applied first.

// One generation loss at this quality is not visible.
const LOSSY_QUALITY = 90
const AVIF_QUALITY = 70

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)))

function jpegMetadata(bytes: Buffer): string[] {
  const found = new Set<string>()
  let i = 2
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return [...found, 'unreadable segments']
    const marker = bytes[i + 1]!
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    if (marker === 0xda) break
    const length = bytes.readUInt16BE(i + 2)
    const label = ascii(bytes, i + 4, i + 18)
    if (marker === 0xe1) found.add(label.startsWith('Exif') ? 'EXIF' : 'XMP')
    else if (marker === 0xed) found.add('IPTC')
    else if (marker === 0xe2)
      found.add(label.startsWith('ICC_PROFILE') ? 'ICC profile' : 'APP2 data')
    else if (marker === 0xfe) found.add('comment')
    // APP14 ("Adobe") only says how colours are encoded; every other APPn is metadata.
    else if (marker >= 0xe0 && marker <= 0xef && !label.startsWith('Adobe')) {
      found.add(`APP${marker - 0xe0} data`)
    }
    i += 2 + length
  }
  const end = bytes.lastIndexOf(Buffer.from([0xff, 0xd9]))
  if (end !== -1 && end + 2 < bytes.length) found.add('data after the image')
  return [...found]
}

const PNG_IMAGE_CHUNKS = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
])
const PNG_COLOUR_CHUNKS = new Set(['gAMA', 'cHRM', 'sRGB', 'sBIT', 'bKGD'])

function pngMetadata(bytes: Buffer): string[] {
  const found = new Set<string>()
  let i = 8
  while (i + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(i)
    const type = ascii(bytes, i + 4, i + 8)
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') found.add('text')
    else if (type === 'eXIf') found.add('EXIF')
    else if (type === 'iCCP') found.add('ICC profile')
    else if (type === 'tIME') found.add('date')
    else if (!PNG_IMAGE_CHUNKS.has(type) && !PNG_COLOUR_CHUNKS.has(type)) found.add(`${type} chunk`)
    i += 12 + length
    if (type === 'IEND') {
      if (i < bytes.length) found.add('data after the image')
      break
    }
  }
  return [...found]
}

const WEBP_IMAGE_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF'])

function webpChunks(bytes: Buffer): string[] {
  const chunks: string[] = []
  for (let i = 12; i + 8 <= bytes.length;) {
    const size = bytes.readUInt32LE(i + 4)
    const type = ascii(bytes, i, i + 4)
    chunks.push(type)
    if (type === 'ANMF') chunks.push(ascii(bytes, i + 24, i + 28))
    i += 8 + size + (size % 2)
  }
  return chunks
}

function webpMetadata(bytes: Buffer): string[] {
  const found = new Set<string>()
  for (const type of webpChunks(bytes)) {
    if (type === 'EXIF') found.add('EXIF')
    else if (type === 'XMP ') found.add('XMP')
    else if (type === 'ICCP') found.add('ICC profile')
    else if (!WEBP_IMAGE_CHUNKS.has(type)) found.add(`${type.trim()} chunk`)
  }
  const declared = bytes.readUInt32LE(4) + 8
  if (declared < bytes.length) found.add('data after the image')
  return [...found]
}

function skipSubBlocks(bytes: Buffer, from: number): number {
  let i = from
  while (i < bytes.length && bytes[i] !== 0) i += bytes[i]! + 1
  return i + 1
}

function gifMetadata(bytes: Buffer): string[] {
  const found = new Set<string>()
  const flags = bytes[10]!
  let i = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0)
  while (i < bytes.length) {
    const block = bytes[i]
    if (block === 0x3b) {
      if (i + 1 < bytes.length) found.add('data after the image')
      break
    }
    if (block === 0x2c) {
      const local = bytes[i + 9]!
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 0x07) + 1) : 0)
      i = skipSubBlocks(bytes, i + 1) // after the LZW minimum code size
    } else if (block === 0x21) {
      const label = bytes[i + 1]
      if (label === 0xfe) found.add('comment')
      else if (label === 0x01) found.add('plain text')
      else if (label === 0xff) {
        const application = ascii(bytes, i + 3, i + 14)
        if (application !== 'NETSCAPE2.0' && application !== 'ANIMEXTS1.0') {
          found.add(application.startsWith('XMP') ? 'XMP' : `${application.trim()} data`)
        }
      }
      i = skipSubBlocks(bytes, i + 2)
    } else {
      found.add('unreadable blocks')
      break
    }
  }
  return [...found]
}

// Container-level: sees what sharp does not report (PNG text chunks, GIF comments, trailing data).
export async function findMetadata(bytes: Buffer): Promise<string[]> {
  const type = sniffImageType(bytes)
  if (!type) return ['not an accepted image']
  const found: Record<AcceptedImageType, () => string[] | Promise<string[]>> = {
    'image/jpeg': () => jpegMetadata(bytes),
    'image/png': () => pngMetadata(bytes),
    'image/webp': () => webpMetadata(bytes),
    'image/gif': () => gifMetadata(bytes),
    'image/avif': async () => {
      const { exif, xmp, iptc, hasProfile } = await sharp(bytes).metadata()
      return [exif && 'EXIF', xmp && 'XMP', iptc && 'IPTC', hasProfile && 'ICC profile'].filter(
        (kind): kind is string => typeof kind === 'string',
      )
    },
  }
  const kinds = await found[type]()
  const { orientation } = await sharp(bytes).metadata()
  if (orientation && orientation !== 1 && !kinds.includes('EXIF')) kinds.push('orientation')
  const rank = (kind: string) => {
    const position = REPORT_ORDER.indexOf(kind)
    return position === -1 ? REPORT_ORDER.length : position
  }
  return kinds.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

const REPORT_ORDER = [
  'EXIF',
  'XMP',
  'IPTC',
  'ICC profile',
  'comment',
  'text',
  'date',
  'orientation',
]

const isLosslessWebp = (bytes: Buffer) => webpChunks(bytes).includes('VP8L')

export type CleanImage = { bytes: Buffer; width: number; height: number }

// sharp writes no metadata unless asked and converts to sRGB when it drops an ICC profile.
export async function withoutMetadata(bytes: Buffer): Promise<CleanImage> {
  const type = sniffImageType(bytes)
  if (!type) throw new Error('Not an accepted image.')
  const input = { limitInputPixels: false as const, animated: true }
  const {
    pages = 1,
    orientation = 1,
    isPalette,
    delay,
    loop,
  } = await sharp(bytes, input).metadata()
  let image: sharp.Sharp
  if (pages > 1 && orientation !== 1) {
    // sharp cannot rotate an animation as a whole.
    const frames = await Promise.all(
      Array.from({ length: pages }, (_, page) =>
        sharp(bytes, { limitInputPixels: false, page }).rotate().png().toBuffer(),
      ),
    )
    image = sharp(frames, { join: { animated: true } })
  } else {
    image = sharp(bytes, input).rotate()
  }
  const animation =
    pages > 1 ? { ...(delay ? { delay } : {}), ...(loop !== undefined ? { loop } : {}) } : {}
  switch (type) {
    case 'image/jpeg':
      image = image.jpeg({ quality: LOSSY_QUALITY })
      break
    case 'image/png':
      image = image.png({ palette: Boolean(isPalette) })
      break
    case 'image/webp':
      image = image.webp(
        isLosslessWebp(bytes)
          ? { lossless: true, ...animation }
          : { quality: LOSSY_QUALITY, ...animation },
      )
      break
    case 'image/avif':
      image = image.avif({ quality: AVIF_QUALITY })
      break
    case 'image/gif':
      image = image.gif(animation)
      break
  }
  const { data, info } = await image.toBuffer({ resolveWithObject: true })
  const frameHeight = pages > 1 ? info.height / pages : info.height
  return { bytes: data, width: info.width, height: frameHeight }
}
