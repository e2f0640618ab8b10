import type { Metadata } from 'next'

import { excerpt } from '@/lib/format'
import { mediaPath } from '@/lib/media'
import type { Media } from '@/payload-types'

export const SITE_NAME = 'PICUM Assembly Record'

export const SITE_DESCRIPTION =
  'The record of the General Assemblies of PICUM, the Platform for International Cooperation on Undocumented Migrants: who spoke, for which organisation, what they said and what the network has won.'

type MetaInput = {
  title?: string
  description?: string | null
  path: string
  type?: 'website' | 'article' | 'profile'
  image?: Pick<Media, 'url' | 'alt' | 'width' | 'height'> | null
}

// Open Graph is written out in full because a page's `openGraph` replaces the layout's.
export function generateMeta({
  title,
  description,
  path,
  type = 'website',
  image,
}: MetaInput): Metadata {
  const text = excerpt(description?.trim() || SITE_DESCRIPTION)
  const imagePath = mediaPath(image?.url)
  const images =
    imagePath && image
      ? [
          {
            url: imagePath,
            alt: image.alt,
            ...(image.width ? { width: image.width } : {}),
            ...(image.height ? { height: image.height } : {}),
          },
        ]
      : undefined
  return {
    title: title ?? { absolute: SITE_NAME },
    description: text,
    alternates: { canonical: path },
    openGraph: {
      title: title ?? SITE_NAME,
      description: text,
      url: path,
      siteName: SITE_NAME,
      locale: 'en_GB',
      type,
      ...(images ? { images } : {}),
    },
    // Title and description come from the Open Graph tags, which X reads when its own are absent.
    twitter: { card: images ? 'summary_large_image' : 'summary' },
  }
}
