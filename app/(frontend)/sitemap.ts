import type { MetadataRoute } from 'next'

import { listAssemblies } from '@/lib/queries/assemblies'
import { listOrganisations } from '@/lib/queries/organisations'
import { listSessionAddresses } from '@/lib/queries/sessions'
import { listSpeakerAddresses } from '@/lib/queries/speakers'
import { listTopics } from '@/lib/queries/topics'
import { listWins } from '@/lib/queries/wins'
import {
  type AddressFields,
  listingsOf,
  type PageCollection,
  pageCollections,
  pageOf,
} from '@/lib/record/registry'
import { absoluteUrl } from '@/lib/urls'

type Published = AddressFields & { updatedAt: string }

// Typed by the registry: a collection given a page there needs its reader here.
const published: Record<PageCollection, () => Promise<Published[]>> = {
  assemblies: listAssemblies.published,
  sessions: async () =>
    (await listSessionAddresses.published()).map(({ year, ...session }) => ({
      ...session,
      assemblyYear: year,
    })),
  wins: listWins.published,
  speakers: listSpeakerAddresses.published,
  organisations: listOrganisations.published,
  topics: listTopics.published,
}

const latest = (docs: Published[]): string | undefined =>
  docs.reduce<string | undefined>(
    (max, doc) => (!max || doc.updatedAt > max ? doc.updatedAt : max),
    undefined,
  )

const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
  url: absoluteUrl(path),
  ...(lastModified ? { lastModified } : {}),
})

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const found = await Promise.all(
    pageCollections.map(async (collection) => ({
      collection,
      docs: await published[collection](),
    })),
  )
  const listed = new Map<string, Published[]>()
  for (const { collection, docs } of found) {
    for (const listing of listingsOf(collection)) {
      listed.set(listing, [...(listed.get(listing) ?? []), ...docs])
    }
  }
  return [
    ...[...listed].map(([listing, docs]) => entry(listing, latest(docs))),
    ...found.flatMap(({ collection, docs }) =>
      docs.flatMap((doc) => {
        const page = pageOf(collection, doc)
        return page ? [entry(page, doc.updatedAt)] : []
      }),
    ),
  ]
}
