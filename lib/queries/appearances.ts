import 'server-only'

import type { Payload } from 'payload'

import { populatedList, relationId, uniqueDocs, uniqueIds } from '@/lib/populated'
import type { Viewer } from '@/lib/preview'
import { findByIds } from '@/lib/queries/find'
import { assemblyLinkSelect } from '@/lib/queries/selects'
import type { Assembly, Session } from '@/payload-types'

type Contribution = NonNullable<Session['contributions']>[number]

/** A session as lib/queries/selects.ts#appearanceSessionSelect reads it. */
type JoinedSession = Pick<
  Session,
  'id' | 'title' | 'slug' | 'position' | 'assembly' | 'contributions'
>

export type Appearance<Detail> = {
  session: Pick<Session, 'id' | 'title' | 'slug' | 'position'>
  assembly: Pick<Assembly, 'id' | 'title' | 'year' | 'slug'>
  /** What the page says of each of their contributions to the session. */
  details: Detail[]
}

/**
 * Where a speaker or an organisation took part, from the sessions their `appearances` join
 * returned: each session with what each of their contributions says (`detail`), newest assembly
 * first, then in programme order. The assemblies, and the documents at the other end of their
 * contributions (`readOthers`: the organisation a person spoke for, the people who spoke for an
 * organisation), are read in one batch each, so the count of SQL queries does not grow with the
 * number of appearances. A session of an assembly that is not (or no longer) published is not on
 * the site, and is left out.
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
  /** Whether a contribution is theirs (spoken by them, or for them). */
  theirs: (contribution: Contribution) => boolean
  otherEnd: 'speaker' | 'organisationAtTheTime'
  readOthers: (ids: number[]) => Promise<Other[]>
  /** A contribution as the page shows it, given the document at its other end (null if hidden). */
  detail: (contribution: Contribution, other: Other | null) => Detail | null
}): Promise<Appearance<Detail>[]> {
  // The join returns a session once per matching contribution.
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
