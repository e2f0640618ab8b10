import 'server-only'

import type { Where } from 'payload'

import type { TaggedCollection } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'
import type { Viewer } from '@/lib/preview'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findOne } from '@/lib/queries/find'
import {
  assemblySummarySelect,
  contributorsSelect,
  imageSelect,
  organisationLinkSelect,
  sessionLinkSelect,
  sourceSelect,
  speakerLinkSelect,
} from '@/lib/queries/selects'
import { readPresentedWins } from '@/lib/queries/wins'

export const listAssemblies = publicQuery('listAssemblies', ['assemblies'], async (viewer) => {
  const payload = await getPayloadClient()
  return findAll(payload, viewer, {
    collection: 'assemblies',
    depth: 0,
    sort: '-year',
    joins: false,
    select: { ...assemblySummarySelect, updatedAt: true },
  })
})

export type AssemblySummary = Awaited<ReturnType<typeof listAssemblies>>[number]

// A fixed number of SQL queries whatever the programme's size: one batch per collection.
async function readAssemblyPage(viewer: Viewer, where: Where) {
  const payload = await getPayloadClient()
  const assembly = await findOne(payload, viewer, {
    collection: 'assemblies',
    where,
    sort: '-year',
    depth: 1,
    joins: false,
    select: {
      ...assemblySummarySelect,
      intro: true,
      heroImage: true,
      citations: true,
      updatedAt: true,
    },
    populate: { media: imageSelect, sources: sourceSelect },
  })
  if (!assembly) return null

  const [sessions, wins] = await Promise.all([
    findAll(payload, viewer, {
      collection: 'sessions',
      where: { assembly: { equals: assembly.id } },
      sort: 'position',
      // 1: each contribution's speaker and organisation; 2: the speaker's photo.
      depth: 2,
      select: {
        ...sessionLinkSelect,
        format: true,
        summary: true,
        contributions: contributorsSelect,
      },
      populate: {
        speakers: speakerLinkSelect,
        organisations: organisationLinkSelect,
        media: imageSelect,
      },
    }),
    readPresentedWins(payload, viewer, { assembly: { equals: assembly.id } }),
  ])
  return { assembly, sessions, wins }
}

export type AssemblyPage = NonNullable<Awaited<ReturnType<typeof readAssemblyPage>>>

const assemblyPageReads = [
  'assemblies',
  'sessions',
  'speakers',
  'organisations',
  'wins',
  'media',
  'sources',
] satisfies TaggedCollection[]

export const getAssemblyByYear = publicQuery(
  'getAssemblyByYear',
  assemblyPageReads,
  async (viewer, year: number) => readAssemblyPage(viewer, { year: { equals: year } }),
)

export const getLatestAssembly = publicQuery(
  'getLatestAssembly',
  assemblyPageReads,
  async (viewer) => readAssemblyPage(viewer, {}),
)
