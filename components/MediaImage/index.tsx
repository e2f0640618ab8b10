import { mediaPath } from '@/lib/media'
import type { Media } from '@/payload-types'

type SizeDoc =
  { url?: string | null; width?: number | null; height?: number | null } | null | undefined

export type ImageDoc = Pick<Media, 'alt' | 'url' | 'width' | 'height'> & {
  sizes?: { thumbnail?: SizeDoc; card?: SizeDoc; hero?: SizeDoc } | null
}

type Candidate = { src: string; width: number }

const candidate = (file: SizeDoc): Candidate | null => {
  const src = mediaPath(file?.url)
  return src && file?.width ? { src, width: file.width } : null
}

/** The files to offer the browser, narrowest first: Payload's sizes and the original. */
function candidatesFor(image: ImageDoc, preferThumbnail: boolean): Candidate[] {
  const thumbnail = preferThumbnail ? candidate(image.sizes?.thumbnail) : null
  if (thumbnail) return [thumbnail]
  const found = [image.sizes?.card, image.sizes?.hero, image]
    .map(candidate)
    .filter((file): file is Candidate => file !== null)
    .sort((a, b) => a.width - b.width)
  return found.filter((file, index) => index === 0 || file.width !== found[index - 1]!.width)
}

/**
 * An uploaded image as a plain, responsive <img> (no client JavaScript): the sizes Payload wrote
 * when it was uploaded (media `imageSizes`: 320 px square, 768 and 1600 px wide) and the original
 * form the srcset. Every file comes straight from Payload's file route, the one place that decides
 * whether a visitor may see the image; Next's image optimizer is switched off (next.config.ts)
 * because it would keep its own copies and serve them after the image stopped being public.
 * The alt text is the one written for the upload (required in the Media collection).
 */
export function MediaImage({
  image,
  width,
  height,
  sizes,
  className,
  preferThumbnail = false,
  priority = false,
}: {
  image: ImageDoc
  /** The size it is shown at, in CSS pixels: reserves its space before it loads. */
  width: number
  height: number
  sizes: string
  className?: string
  /** Use the 320 px square crop when the upload has one (avatars). */
  preferThumbnail?: boolean
  priority?: boolean
}) {
  const files = candidatesFor(image, preferThumbnail)
  if (files.length === 0) return null
  // Without srcset support a browser takes the narrowest file that still fills the box.
  const src = (files.find((file) => file.width >= width) ?? files.at(-1)!).src
  const srcSet =
    files.length > 1 ? files.map((file) => `${file.src} ${file.width}w`).join(', ') : undefined
  return (
    // eslint-disable-next-line @next/next/no-img-element -- next/image's optimizer is off for uploads (see above)
    <img
      alt={image.alt}
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={width}
      height={height}
      className={className}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  )
}
