import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// A relative import: next.config.ts is loaded before the `@/` alias is set up.
import { securityHeaders } from './lib/security/headers'
import { FILTERED_WINS_PATH, winQueryKeys } from './lib/wins/keys'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx answers addresses no route claims, as a prerendered page.
    globalNotFound: true,
  },
  images: {
    // No optimizer: /_next/image answers 404. It would fetch uploads and keep resized copies in
    // its own cache, serving an image after it stopped being public. Uploads are shown in the
    // sizes Payload writes, through Payload's file route (components/MediaImage).
    unoptimized: true,
  },
  // The wins tracker is a static page until a visitor filters, sorts or pages it: those
  // addresses are rendered per request, under their own /wins?… address.
  async rewrites() {
    return {
      beforeFiles: winQueryKeys.map((key) => ({
        source: '/wins',
        has: [{ type: 'query' as const, key }],
        destination: FILTERED_WINS_PATH,
      })),
      afterFiles: [],
      fallback: [],
    }
  },
  async redirects() {
    return [{ source: FILTERED_WINS_PATH, destination: '/wins', permanent: false }]
  },
  // Every response: pages, /api, /admin, 404s and /_next/static. The policy is fixed when the
  // server is built or started, so `next build` bakes in the production one.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({ production: process.env.NODE_ENV === 'production' }),
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
