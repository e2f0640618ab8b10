import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from '@/lib/payload'

/** Published assemblies, newest first, with what a listing shows. */
export const listAssemblies = cache(async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'assemblies',
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: 100,
    sort: '-year',
    select: { title: true, year: true, slug: true, theme: true, city: true, country: true },
  })
  return docs
})
