import type { MetadataRoute } from 'next'

import { absoluteUrl, paths } from '@/lib/urls'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        // Uploaded images are served under /api; they may appear in search, the rest of the API
        // and the admin may not.
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api'],
      },
    ],
    sitemap: absoluteUrl(paths.sitemap()),
  }
}
