import 'server-only'

import type { Where } from 'payload'

import type { TaggedCollection } from '@/lib/cacheTags'
import { getPayloadClient } from '@/lib/payload'
import { relationId, withDoc } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import { publicQuery } from '@/lib/queries/cachedQuery'
import { findAll, findOne } from '@/lib/queries/find'
import { readSpeakersAndOrganisations } from '@/lib/queries/pageRelations'
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

/**
 * A fixed number of SQL statements whatever the programme's size: the assembly (with its sources
 * and hero image), the sessions, the wins, then every speaker and organisation the page names read
 * once (lib/queries/pageRelations.ts) and the speakers' photos. The summaries, which only the
 * assembly's own page shows, are read as before at depth 2 so internal links in them keep their
 * targets: one statement more there.
 */
async function readAssemblyPage(viewer: Viewer, where: Where, { withSummaries = false } = {}) {
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

  const inAssembly: Where = { assembly: { equals: assembly.id } }
  const [programme, summaries, wins] = await Promise.all([
    findAll(payload, viewer, {
      collection: 'sessions',
      where: inAssembly,
      sort: 'position',
      // The speakers and organisations are read below, with the wins' presenters.
      depth: 0,
      select: { ...sessionLinkSelect, format: true, contributions: contributorsSelect },
    }),
    withSummaries
      ? findAll(payload, viewer, {
          collection: 'sessions',
          where: inAssembly,
          // 1: the documents an internal link in the summary points to; 2: their own relations.
          depth: 2,
          select: { summary: true },
          populate: {
            speakers: speakerLinkSelect,
            organisations: organisationLinkSelect,
            media: imageSelect,
          },
        })
      : [],
    readPresentedWins(payload, viewer, inAssembly),
  ])
  const { speakers, organisations } = await readSpeakersAndOrganisations(payload, viewer, {
    speakers: [
      ...programme.flatMap((session) =>
        (session.contributions ?? []).map((item) => relationId(item.speaker)),
      ),
      ...wins.map((win) => relationId(win.presenter)),
    ],
    organisations: [
      ...programme.flatMap((session) =>
        (session.contributions ?? []).map((item) => relationId(item.organisationAtTheTime)),
      ),
      ...wins.map((win) => relationId(win.presenterOrganisation)),
    ],
  })
  const summaryOf = new Map(summaries.map((session) => [session.id, session.summary]))
  const sessions = programme.map(({ contributions, ...session }) => ({
    ...session,
    summary: summaryOf.get(session.id),
    contributions: contributions?.map((item) => ({
      ...item,
      speaker: withDoc(item.speaker, speakers),
      organisationAtTheTime: withDoc(item.organisationAtTheTime, organisations),
    })),
  }))
  return {
    assembly,
    sessions,
    wins: wins.map((win) => ({
      ...win,
      presenter: withDoc(win.presenter, speakers),
      presenterOrganisation: withDoc(win.presenterOrganisation, organisations),
    })),
  }
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
  async (viewer, year: number) =>
    readAssemblyPage(viewer, { year: { equals: year } }, { withSummaries: true }),
)

export const getLatestAssembly = publicQuery(
  'getLatestAssembly',
  assemblyPageReads,
  async (viewer) => readAssemblyPage(viewer, {}),
)
