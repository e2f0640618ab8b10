import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx answers addresses no route claims, as a prerendered page.
    globalNotFound: true,
  },
  images: {
    // Media is served by Payload from this same origin; no remote hosts are allowed.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
