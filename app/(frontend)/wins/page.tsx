import type { Metadata } from 'next'

import { description, renderWinsTracker, title } from '@/components/WinsTracker'
import { generateMeta } from '@/lib/generateMeta'
import { paths } from '@/lib/urls'
import { parseWinQuery } from '@/lib/wins'

export const metadata: Metadata = generateMeta({ title, description, path: paths.wins() })

/**
 * Every published win, unfiltered: a static page, refreshed when a win changes. An address with
 * filters, a sort or a page (`/wins?country=ES`) is rewritten to app/(frontend)/wins-filtered
 * (next.config.ts), which renders per request.
 */
export default function WinsPage() {
  return renderWinsTracker(parseWinQuery({}))
}
