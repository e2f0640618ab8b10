import 'server-only'

import type { Payload, Where } from 'payload'

import { populatedList, relationId, uniqueDocs, uniqueIds } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import { findAll, findFirst, findPage } from '@/lib/queries/find'
import { appearanceSessionSelect, assemblyLinkSelect } from '@/lib/queries/selects'
import type { Assembly, Session } from '@/payload-types'

type Contribution = NonNullable<Session['contributions']>[number]

type JoinedSession = Pick<
  Session,
  'id' | 'title' | 'slug' | 'position' | 'assembly' | 'contributions'
>

export type AssemblyLink = Pick<Assembly, 'id' | 'title' | 'year' | 'slug'>

export type Appearance<Detail> = {
  session: Pick<Session, 'id' | 'title' | 'slug' | 'position'>
  assembly: AssemblyLink
  details: Detail[]
}

export const APPEARANCES_PER_PAGE = 20

/**
 * The assemblies the viewer may read, newest first: one a year, so a short list. Their ids bound
 * the appearance queries, so a session of an unpublished assembly is neither shown nor counted.
 */
export const readAssemblies = (payload: Payload, viewer: Viewer) =>
  findAll(payload, viewer, {
    collection: 'assemblies',
    depth: 0,
    sort: '-year',
    joins: false,
    select: assemblyLinkSelect,
  })

/**
 * Visitors may sort and filter only on a collection's own fields (hooks/guardQueries.ts), so pages
 * follow the assembly's id (assemblies are made a year at a time) and each page is then put in
 * year and programme order. A join field would not do: it returns a session once per matching
 * contribution, so its limit and count would be of contributions, not sessions.
 */
export const APPEARANCE_SORT = ['-assembly', 'position']

export const ofAssemblies = (assemblies: AssemblyLink[]): Where => ({
  // An empty `in` would match nothing anyway; 0 is no document's id.
  assembly: { in: assemblies.length > 0 ? assemblies.map((assembly) => assembly.id) : [0] },
})

type AppearanceQuery = {
  payload: Payload
  viewer: Viewer
  assemblies: AssemblyLink[]
  where: Where
}

const sessionsOf = ({ assemblies, where }: AppearanceQuery) => ({
  collection: 'sessions' as const,
  where: { and: [where, ofAssemblies(assemblies)] },
  depth: 0,
  sort: APPEARANCE_SORT,
  // A join on sessions would add a subquery per row.
  joins: false as never,
  select: appearanceSessionSelect,
  limit: APPEARANCES_PER_PAGE,
})

/** The newest page of the sessions matching `where` in those assemblies, and whether there are more. */
export const findFirstAppearanceSessions = (query: AppearanceQuery) =>
  findFirst(query.payload, query.viewer, sessionsOf(query))

/** Any page of them, paged and counted in PostgreSQL. */
export const findAppearanceSessions = (query: AppearanceQuery & { page: number }) =>
  findPage(query.payload, query.viewer, { ...sessionsOf(query), page: query.page })

/** Newest assembly first, then the programme's order. */
export const byYearAndPosition = <T extends Omit<Appearance<unknown>, 'details'>>(a: T, b: T) =>
  b.assembly.year - a.assembly.year || a.session.position - b.session.position

/**
 * The documents at the other end of contributions are read in one batch, so the number of SQL
 * queries does not grow with appearances. Sessions of assemblies not in `assemblies` drop out.
 */
export async function readAppearances<Other extends { id: number }, Detail>({
  sessions: joined,
  assemblies,
  theirs,
  otherEnd,
  readOthers,
  detail,
}: {
  sessions: ReadonlyArray<number | JoinedSession> | null | undefined
  assemblies: AssemblyLink[]
  theirs: (contribution: Contribution) => boolean
  otherEnd: 'speaker' | 'organisationAtTheTime'
  readOthers: (ids: number[]) => Promise<Other[]>
  /** `other` is null when hidden. */
  detail: (contribution: Contribution, other: Other | null) => Detail | null
}): Promise<Appearance<Detail>[]> {
  const sessions = uniqueDocs(populatedList(joined))
  const contributionsOf = (session: JoinedSession) => (session.contributions ?? []).filter(theirs)
  const others = await readOthers(
    uniqueIds(
      sessions.flatMap((session) =>
        contributionsOf(session).map((contribution) => relationId(contribution[otherEnd])),
      ),
    ),
  )
  const assemblyById = new Map(assemblies.map((assembly) => [assembly.id, assembly]))
  const otherById = new Map(others.map((other) => [other.id, other]))

  return sessions
    .flatMap((session) => {
      const assembly = assemblyById.get(relationId(session.assembly) ?? -1)
      if (!assembly) return []
      const details = contributionsOf(session).flatMap((contribution) => {
        const other = otherById.get(relationId(contribution[otherEnd]) ?? -1) ?? null
        const shown = detail(contribution, other)
        return shown === null ? [] : [shown]
      })
      const { id, title, slug, position } = session
      return [{ session: { id, title, slug, position }, assembly, details }]
    })
    .sort(byYearAndPosition)
}

type AppearanceSessions = Parameters<typeof readAppearances>[0]['sessions']

/**
 * Page 2 on of a record's appearances (page 1 is on its own page), or null when the record is not
 * found or the page is past the last one. `find` starts beside the assemblies' read.
 */
export async function laterAppearances<Found extends { id: number }, Item>({
  payload,
  viewer,
  page,
  find,
  where,
  read,
}: {
  payload: Payload
  viewer: Viewer
  page: number
  find: Promise<Found | null>
  where: (found: Found) => Where
  read: (found: Found, sessions: AppearanceSessions, assemblies: AssemblyLink[]) => Promise<Item[]>
}) {
  const [assemblies, found] = await Promise.all([readAssemblies(payload, viewer), find])
  if (!found) return null
  const { docs, totalDocs, totalPages } = await findAppearanceSessions({
    payload,
    viewer,
    assemblies,
    where: where(found),
    page,
  })
  if (page > totalPages) return null
  const items = await read(found, docs, assemblies)
  return { found, appearances: { items, page, pageCount: totalPages, total: totalDocs } }
}
