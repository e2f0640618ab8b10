import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import type { ReactElement } from 'react'

import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { parseSlug } from '@/lib/params'
import { parsePageNumber } from '@/lib/urls'

type Props<Params> = { params: Promise<Params> }

// generateMetadata and the page share one read: lib/queries wraps it in React cache().
export function recordRoute<Params extends Record<string, string>, Found>({
  addresses,
  find,
}: {
  addresses: () => Promise<Params[]>
  find: (params: Params) => Promise<Found | null>
}) {
  const load = async ({ params }: Props<Params>) => find(await params)
  return {
    generateStaticParams: addresses,
    metadata:
      (describe: (found: Found) => Metadata) =>
      async (props: Props<Params>): Promise<Metadata> => {
        const found = await load(props)
        return found ? describe(found) : notFoundMetadata
      },
    page:
      (render: (found: Found) => ReactElement) =>
      async (props: Props<Params>): Promise<ReactElement> => {
        const found = await load(props)
        return found ? render(found) : <NotFoundPage />
      },
  }
}

// A slug that cannot be one (lib/params.ts) answers 404 without a query.
export function slugRoute<Found>(
  listing: { published: () => Promise<{ slug?: string | null }[]> },
  findBySlug: (slug: string) => Promise<Found | null>,
) {
  return recordRoute({
    addresses: async () =>
      (await listing.published()).flatMap((doc) => (doc.slug ? [{ slug: doc.slug }] : [])),
    find: async ({ slug }: { slug: string }) => {
      const parsed = parseSlug(slug)
      return parsed === null ? null : findBySlug(parsed)
    },
  })
}

/**
 * Page 2 on of a list that starts on a record's own page (`/speakers/<slug>/appearances/<n>`):
 * page 1 redirects there. They render on first visit and stay cached until a publish.
 */
export function laterPagesRoute<Found>(
  ownPage: (slug: string) => string,
  findPage: (slug: string, page: number) => Promise<Found | null>,
) {
  return recordRoute({
    addresses: async () => [],
    find: async ({ slug: rawSlug, page: rawPage }: { slug: string; page: string }) => {
      const slug = parseSlug(rawSlug)
      const page = parsePageNumber(rawPage)
      if (slug === null || page === null) return null
      if (page === 1) redirect(ownPage(slug))
      return findPage(slug, page)
    },
  })
}
