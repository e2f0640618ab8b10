import sharp from 'sharp'

// The name and declared type come from the client and prove nothing: the signature and sharp both
// must agree. SVG is refused outright: it can carry scripts.
export const ACCEPTED_IMAGE_TYPES = {
  'image/jpeg': { extension: 'jpg', sharpFormats: ['jpeg'] },
  'image/png': { extension: 'png', sharpFormats: ['png'] },
  'image/webp': { extension: 'webp', sharpFormats: ['webp'] },
  'image/avif': { extension: 'avif', sharpFormats: ['heif', 'avif'] },
  'image/gif': { extension: 'gif', sharpFormats: ['gif'] },
} as const

export type AcceptedImageType = keyof typeof ACCEPTED_IMAGE_TYPES

export const ACCEPTED_MIME_TYPES = Object.keys(ACCEPTED_IMAGE_TYPES) as AcceptedImageType[]

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

// A small file can declare enormous dimensions and make resizing allocate gigabytes.
export const MAX_IMAGE_PIXELS = 50_000_000

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`

export const uploadMessages = {
  accepted: 'JPEG, PNG, WebP, AVIF or GIF',
  tooLarge: (size?: number) =>
    `${size ? `The file is ${megabytes(size)}; images` : 'The file is too large: images'} can be at most ${megabytes(MAX_UPLOAD_BYTES)}. Export a smaller version and upload that.`,
  svg: 'SVG files are not accepted because they can contain scripts. Export the image as PNG or WebP and upload that.',
  notAnImage: (what: string | null) =>
    `This file is not a JPEG, PNG, WebP, AVIF or GIF image${what ? ` (its content is ${what})` : ''}, whatever its name says. Only these image formats can be uploaded.`,
  unreadable: (type: AcceptedImageType) =>
    `This file starts like a ${type.replace('image/', '').toUpperCase()} image but cannot be read as one; it may be damaged. Export it again and upload the new file.`,
  tooManyPixels: (width: number, height: number, frames: number) =>
    `The image is ${width} × ${height} pixels${frames > 1 ? ` in ${frames} frames` : ''}; at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels are accepted. Resize it and upload it again.`,
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end))

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte)

function ftypBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return []
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0
  const end = Math.min(boxSize, bytes.length)
  const brands = [ascii(bytes, 8, 12)]
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(bytes, i, i + 4))
  return brands
}

export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp'
  const brands = ftypBrands(bytes)
  if (brands.includes('avif') || brands.includes('avis')) return 'image/avif'
  return null
}

export function describeContent(bytes: Uint8Array): { svg: boolean; what: string | null } {
  const text = Buffer.from(bytes.subarray(0, 4096))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (text.startsWith('<') && text.includes('<svg')) return { svg: true, what: 'an SVG image' }
  if (ascii(bytes, 0, 5) === '%PDF-') return { svg: false, what: 'a PDF document' }
  if (/^<(!doctype html|html|head|body|script)/.test(text))
    return { svg: false, what: 'an HTML page' }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { svg: false, what: 'a ZIP archive or an office document' }
  }
  const brands = ftypBrands(bytes)
  if (brands.some((brand) => ['heic', 'heix', 'mif1', 'msf1'].includes(brand))) {
    return { svg: false, what: 'a HEIC photo; export it as JPEG' }
  }
  if (brands.length > 0) return { svg: false, what: 'a video or other media file' }
  if (text.startsWith('<')) return { svg: false, what: 'an XML or HTML document' }
  return { svg: false, what: null }
}

export type ImageVerdict =
  | { ok: true; mimeType: AcceptedImageType; extension: string; width: number; height: number }
  | { ok: false; status: 400 | 413; message: string }

export async function inspectImage(bytes: Buffer): Promise<ImageVerdict> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, status: 413, message: uploadMessages.tooLarge(bytes.length) }
  }
  const type = sniffImageType(bytes)
  if (!type) {
    const { svg, what } = describeContent(bytes)
    return {
      ok: false,
      status: 400,
      message: svg ? uploadMessages.svg : uploadMessages.notAnImage(what),
    }
  }
  const { extension, sharpFormats } = ACCEPTED_IMAGE_TYPES[type]
  let metadata: sharp.Metadata
  try {
    // Reads the header only; pixel limits are checked before anything is decoded.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    return { ok: false, status: 400, message: uploadMessages.unreadable(type) }
  }
  const { format, width, height, pages = 1 } = metadata
  if (!format || !(sharpFormats as readonly string[]).includes(format) || !width || !height) {
    return { ok: false, status: 400, message: uploadMessages.unreadable(type) }
  }
  // Payload decodes every frame of an animation.
  if (width * height * pages > MAX_IMAGE_PIXELS) {
    return { ok: false, status: 400, message: uploadMessages.tooManyPixels(width, height, pages) }
  }
  return { ok: true, mimeType: type, extension, width, height }
}
