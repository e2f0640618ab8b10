import { crc32 } from 'node:zlib'

import sharp from 'sharp'

/**
 * Images that carry what a phone or an editing tool writes into them, built here so the tests
 * know exactly what must disappear. Each secret is a string that can be searched for in bytes.
 */
export const SECRETS = {
  make: 'PhoneMakerCo',
  model: 'SecretModel X',
  artist: 'Jane Photographer',
  xmp: 'XmpCreatorName',
  iptc: 'IptcBylineName',
  comment: 'A private comment',
  pngText: 'PngAuthorName',
  gifComment: 'GifCommentText',
}

const segment = (marker: number, data: Buffer) => {
  const header = Buffer.from([0xff, marker, 0, 0])
  header.writeUInt16BE(data.length + 2, 2)
  return Buffer.concat([header, data])
}

/** IPTC "By-line" inside a Photoshop APP13 segment, as Lightroom and Photoshop write it. */
function iptcSegment(byline: string): Buffer {
  const record = Buffer.concat([
    Buffer.from([0x1c, 0x02, 0x50, 0, byline.length]),
    Buffer.from(byline),
  ])
  const size = Buffer.alloc(4)
  size.writeUInt32BE(record.length)
  const resource = Buffer.concat([
    Buffer.from('8BIM'),
    Buffer.from([0x04, 0x04, 0, 0]),
    size,
    record,
  ])
  return segment(0xed, Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]))
}

/** Puts segments right after a JPEG's start-of-image marker. */
export const withJpegSegments = (jpeg: Buffer, ...segments: Buffer[]) =>
  Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)])

export const commentSegment = (text: string) => segment(0xfe, Buffer.from(text))

/**
 * A landscape photo stored sideways with EXIF orientation 6 (display turned 90° clockwise), so
 * it shows as `height × width`. Its stored left half is red and right half blue: once the
 * orientation is applied, the top is red and the bottom blue.
 */
export async function phonePhoto(width = 2400, height = 1800): Promise<Buffer> {
  const red = await sharp({ create: { width: width / 2, height, channels: 3, background: '#d00' } })
    .png()
    .toBuffer()
  const jpeg = await sharp({ create: { width, height, channels: 3, background: '#00d' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: SECRETS.make, Model: SECRETS.model, Artist: SECRETS.artist },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '50/1 51/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '4/1 21/1 0/1',
      },
    })
    .toBuffer()
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${SECRETS.xmp}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`
  return withJpegSegments(
    jpeg,
    segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0'), Buffer.from(xmp)])),
    iptcSegment(SECRETS.iptc),
    commentSegment(SECRETS.comment),
  )
}

export const pngChunk = (type: string, data: Buffer): Buffer => {
  const name = Buffer.from(type)
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([name, data])))
  return Buffer.concat([length, name, data, crc])
}

/** A PNG with text chunks (author, a comment with a place) and a modification time. */
export async function pngWithText(width = 400, height = 300): Promise<Buffer> {
  const png = await sharp({ create: { width, height, channels: 3, background: '#3a7' } })
    .png()
    .toBuffer()
  const end = png.length - 12 // the IEND chunk
  const time = Buffer.from([0x07, 0xea, 3, 14, 9, 30, 5])
  return Buffer.concat([
    png.subarray(0, end),
    pngChunk('tEXt', Buffer.from(`Author\0${SECRETS.pngText}`)),
    pngChunk('iTXt', Buffer.from(`Comment\0\0\0\0\0Taken at 50.85 N 4.35 E by ${SECRETS.pngText}`)),
    pngChunk('tIME', time),
    png.subarray(end),
  ])
}

const frame = (colour: string, width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: colour } })
    .png()
    .toBuffer()

/** A two-frame animated GIF with a comment extension. */
export async function animatedGifWithComment(): Promise<Buffer> {
  const gif = await sharp([await frame('#f00', 40, 30), await frame('#00f', 40, 30)], {
    join: { animated: true },
  })
    .gif({ delay: [100, 200], loop: 0 })
    .toBuffer()
  const comment = Buffer.concat([
    Buffer.from([0x21, 0xfe, SECRETS.gifComment.length]),
    Buffer.from(SECRETS.gifComment),
    Buffer.from([0]),
  ])
  // Before the first graphic control extension, after the header and global colour table.
  const at = gif.indexOf(Buffer.from([0x21, 0xf9]))
  return Buffer.concat([gif.subarray(0, at), comment, gif.subarray(at)])
}

/** A two-frame animated WebP with EXIF naming its author. */
export async function animatedWebpWithExif(): Promise<Buffer> {
  return sharp([await frame('#f00', 40, 30), await frame('#00f', 40, 30)], {
    join: { animated: true },
  })
    .webp({ delay: [100, 200] })
    .withExif({ IFD0: { Artist: SECRETS.artist } })
    .toBuffer()
}

/** What an independent reader (sharp) and a plain byte search find in a file. */
export async function hiddenData(bytes: Buffer): Promise<string[]> {
  const meta = await sharp(bytes).metadata()
  const found = [
    meta.exif && 'EXIF',
    meta.xmp && 'XMP',
    meta.iptc && 'IPTC',
    meta.hasProfile && 'ICC profile',
    meta.orientation && meta.orientation !== 1 && `orientation ${meta.orientation}`,
  ].filter((kind): kind is string => typeof kind === 'string')
  for (const secret of Object.values(SECRETS)) if (bytes.includes(secret)) found.push(secret)
  const markers = ['Exif\0', 'http://ns.adobe.com/xap', 'Photoshop 3.0']
  // Chunk names are only meaningful in a PNG (four random bytes of a JPEG could spell them).
  if (meta.format === 'png') markers.push('tEXt', 'iTXt', 'tIME', 'eXIf')
  for (const marker of markers) if (bytes.includes(marker)) found.push(marker)
  return found
}
