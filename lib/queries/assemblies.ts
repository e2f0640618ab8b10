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

/** Published assemblies, newest first, with what a listing shows. */
export const listAssemblies = publicQuery('listAssemblies', ['assemblies'], async (viewer) => {
  const payload = await getPayloadClient()
  // One assembly a year: every one of them fits on a page.
  return findAll(payload, viewer, {
    collection: 'assemblies',
    depth: 0,
    sort: '-year',
    joins: false,
    select: { ...assemblySummarySelect, updatedAt: true },
  })
})

export type AssemblySummary = Awaited<ReturnType<typeof listAssemblies>>[number]

/**
 * One assembly in full: the assembly, its published sessions in programme order with who spoke
 * for which organisation, the wins presented there, and the sources the assembly cites. A fixed
 * number of SQL queries whatever the size of the programme: each relationship is populated in one
 * batch per collection.
 */
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

/** `/assemblies/[year]`: the published assembly of that year, or null. */
export const getAssemblyByYear = publicQuery(
  'getAssemblyByYear',
  assemblyPageReads,
  async (viewer, year: number) => readAssemblyPage(viewer, { year: { equals: year } }),
)

/** The home page: the most recent published assembly, or null before the first is published. */
export const getLatestAssembly = publicQuery(
  'getLatestAssembly',
  assemblyPageReads,
  async (viewer) => readAssemblyPage(viewer, {}),
)
