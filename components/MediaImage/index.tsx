import { getImageProps } from 'next/image'

import { mediaPath } from '@/lib/media'
import type { Media } from '@/payload-types'

export type ImageDoc = Pick<Media, 'alt' | 'url' | 'width' | 'height'> & {
  sizes?: { thumbnail?: { url?: string | null } | null } | null
}

/**
 * An uploaded image as a plain, responsive <img>. getImageProps gives the optimised srcset that
 * next/image would, without shipping its client component: pages stay free of client JavaScript.
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
  width: number
  height: number
  sizes: string
  className?: string
  /** Use the 320 px square crop when the upload has one (avatars). */
  preferThumbnail?: boolean
  priority?: boolean
}) {
  const src =
    (preferThumbnail ? mediaPath(image.sizes?.thumbnail?.url) : null) ?? mediaPath(image.url)
  if (!src) return null
  const { props } = getImageProps({
    src,
    alt: image.alt,
    width,
    height,
    sizes,
    className,
    ...(priority ? { fetchPriority: 'high' as const, loading: 'eager' as const } : {}),
  })
  // eslint-disable-next-line @next/next/no-img-element -- the props come from next/image's getImageProps
  return <img {...props} alt={image.alt} />
}
