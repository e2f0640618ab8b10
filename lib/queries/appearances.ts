import 'server-only'

import type { Payload } from 'payload'

import { populatedList, relationId, uniqueDocs, uniqueIds } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import { findByIds } from '@/lib/queries/find'
import { assemblyLinkSelect } from '@/lib/queries/selects'
import type { Assembly, Session } from '@/payload-types'

type Contribution = NonNullable<Session['contributions']>[number]

type JoinedSession = Pick<
  Session,
  'id' | 'title' | 'slug' | 'position' | 'assembly' | 'contributions'
>

export type Appearance<Detail> = {
  session: Pick<Session, 'id' | 'title' | 'slug' | 'position'>
  assembly: Pick<Assembly, 'id' | 'title' | 'year' | 'slug'>
  details: Detail[]
}

/**
 * Assemblies and the documents at the other end of contributions are read in one batch each, so
 * the number of SQL queries does not grow with appearances. Unpublished assemblies drop out.
 */
export async function readAppearances<Other extends { id: number }, Detail>({
  payload,
  viewer,
  joined,
  theirs,
  otherEnd,
  readOthers,
  detail,
}: {
  payload: Payload
  viewer: Viewer
  joined: ReadonlyArray<number | JoinedSession> | null | undefined
  theirs: (contribution: Contribution) => boolean
  otherEnd: 'speaker' | 'organisationAtTheTime'
  readOthers: (ids: number[]) => Promise<Other[]>
  /** `other` is null when hidden. */
  detail: (contribution: Contribution, other: Other | null) => Detail | null
}): Promise<Appearance<Detail>[]> {
  const sessions = uniqueDocs(populatedList(joined))
  const contributionsOf = (session: JoinedSession) => (session.contributions ?? []).filter(theirs)
  const [assemblies, others] = await Promise.all([
    findByIds(
      payload,
      'assemblies',
      uniqueIds(sessions.map((session) => relationId(session.assembly))),
      assemblyLinkSelect,
      viewer,
    ),
    readOthers(
      uniqueIds(
        sessions.flatMap((session) =>
          contributionsOf(session).map((contribution) => relationId(contribution[otherEnd])),
        ),
      ),
    ),
  ])
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
    .sort((a, b) => b.assembly.year - a.assembly.year || a.session.position - b.session.position)
}
