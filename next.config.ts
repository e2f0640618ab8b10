import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// Relative: next.config.ts is loaded before the `@/` alias is set up.
import { securityHeaders } from './lib/security/headers'
import { FILTERED_WINS_PATH, winQueryKeys } from './lib/wins/keys'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    globalNotFound: true,
  },
  images: {
    // Its cache would keep resized copies, serving an image after it stopped being public.
    unoptimized: true,
  },
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
  // The policy is fixed at build or start, so `next build` bakes in the production one.
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
