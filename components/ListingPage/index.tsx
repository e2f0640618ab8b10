import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { AdminBar } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import type { TaggedCollection } from '@/lib/cacheTags'
import { generateMeta } from '@/lib/generateMeta'

export type Listing = {
  title: string
  description: string
  path: string
  collection: TaggedCollection
}

export const listingMetadata = ({ title, description, path }: Listing): Metadata =>
  generateMeta({ title, description, path })

export function ListingPage({
  listing,
  empty = false,
  children,
}: {
  listing: Listing
  empty?: string | false
  children: ReactNode
}) {
  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={listing.title} />
      <PageHeader title={listing.title} lede={listing.description} />
      {empty ? <p>{empty}</p> : children}
      <AdminBar record={{ collection: listing.collection }} />
    </div>
  )
}
