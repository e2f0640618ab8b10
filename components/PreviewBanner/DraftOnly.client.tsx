'use client'

import { lazy } from 'react'

// The banner is rendered only in draft mode, so its client code sits in chunks of its own, fetched
// when it is rendered: the layout's chunk, which every visitor loads, holds only these two lines.
export const ExitPreviewLink = lazy(() =>
  import('@/components/PreviewBanner/ExitPreviewLink.client').then((module) => ({
    default: module.ExitPreviewLink,
  })),
)

export const LivePreviewRefresh = lazy(() =>
  import('@/components/PreviewBanner/LivePreviewRefresh.client').then((module) => ({
    default: module.LivePreviewRefresh,
  })),
)
