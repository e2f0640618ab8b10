'use client'

import { type ComponentProps, lazy } from 'react'

// The banner is rendered only in draft mode, so its client code sits in chunks of its own, fetched
// when it is rendered: the layout's chunk, which every visitor loads, holds only these wrappers.
const LazyExitPreviewLink = lazy(() =>
  import('@/components/PreviewBanner/ExitPreviewLink.client').then((module) => ({
    default: module.ExitPreviewLink,
  })),
)

const LazyLivePreviewRefresh = lazy(() =>
  import('@/components/PreviewBanner/LivePreviewRefresh.client').then((module) => ({
    default: module.LivePreviewRefresh,
  })),
)

// Functions, not the lazy components themselves: React cannot render a lazy component that the
// flight client hands over inside its own lazy wrapper while the module's chunk loads.
export function ExitPreviewLink(props: ComponentProps<typeof LazyExitPreviewLink>) {
  return <LazyExitPreviewLink {...props} />
}

export function LivePreviewRefresh() {
  return <LazyLivePreviewRefresh />
}
