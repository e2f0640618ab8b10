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
 * Every file comes from Payload's file route, which decides whether a visitor may see it; Next's
 * image optimizer is off because its copies would outlive the image being public.
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
  width: number
  height: number
  sizes: string
  className?: string
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
