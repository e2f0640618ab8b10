import { MediaImage } from '@/components/MediaImage'
import { initials } from '@/lib/format'
import { mediaPath } from '@/lib/media'
import { populated } from '@/lib/populated'
import type { Media } from '@/payload-types'

type Photo = Pick<Media, 'id' | 'alt' | 'url' | 'width' | 'height' | 'sizes'>

const pixels = { sm: 40, md: 64, lg: 128 } as const

// Each carries white initials above 4.5:1 contrast.
const tones = ['#7a2e3b', '#2f5d62', '#5b4a8b', '#7c4a1a', '#35607a', '#4f6b2f'] as const

const toneFor = (name: string): string => {
  let hash = 0
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return tones[hash % tones.length]!
}

// Initials are decorative: the name is always written next to them.
export function Avatar({
  name,
  photo,
  size = 'md',
}: {
  name: string
  photo?: number | Photo | null
  size?: keyof typeof pixels
}) {
  const image = populated(photo)
  const px = pixels[size]
  if (image && mediaPath(image.url)) {
    return (
      <MediaImage
        className={`avatar avatar--${size}`}
        image={image}
        width={px}
        height={px}
        sizes={`${px}px`}
        preferThumbnail
      />
    )
  }
  return (
    <span
      className={`avatar avatar--${size} avatar--initials`}
      style={{ backgroundColor: toneFor(name) }}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  )
}
