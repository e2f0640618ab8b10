import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { writeAudit } from '@/lib/consent/audit'
import { relationId } from '@/lib/populated'

/** The format of the file, so that a later reader knows what the fields mean. */
const EXPORT_FORMAT = 'picum-assembly-record/person-export@1'

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

type Contribution = { id?: string | null; speaker?: unknown } & Record<string, unknown>

const theirs = (contributions: unknown, speakerId: number): Contribution[] =>
  ((contributions as Contribution[] | null | undefined) ?? []).filter(
    (contribution) => relationId(contribution.speaker as number | { id: number }) === speakerId,
  )

/**
 * Everything the record holds about one person, for a subject access request: their record and
 * every stored version of it, each contribution (current, draft and past versions of the sessions),
 * the wins they presented, their photo's record, and the audit log about them. Admins only; the
 * export is itself logged. Reads go through access as the admin, drafts included.
 */
export async function exportPerson(req: PayloadRequest, speakerId: number) {
  if (!checkRole(['admin'], req.user)) throw new Forbidden(req.t)
  const { payload } = req
  const asAdmin = { overrideAccess: false, req, depth: 0 } as const
  const speaker = await payload.findByID({
    collection: 'speakers',
    id: speakerId,
    draft: true,
    disableErrors: true,
    ...asAdmin,
  })
  if (!speaker) throw new NotFound(req.t)

  const [versions, sessions, sessionVersions, wins, audit] = await Promise.all([
    payload.findVersions({
      collection: 'speakers',
      where: { parent: { equals: speakerId } },
      sort: 'createdAt',
      pagination: false,
      ...asAdmin,
    }),
    payload.find({
      collection: 'sessions',
      where: { 'contributions.speaker': { equals: speakerId } },
      draft: true,
      pagination: false,
      select: { title: true, slug: true, assembly: true, contributions: true, _status: true },
      ...asAdmin,
    }),
    payload.findVersions({
      collection: 'sessions',
      where: { 'version.contributions.speaker': { equals: speakerId } },
      sort: 'createdAt',
      pagination: false,
      ...asAdmin,
    }),
    payload.find({
      collection: 'wins',
      where: { presenter: { equals: speakerId } },
      draft: true,
      pagination: false,
      select: { title: true, slug: true, presenterOrganisation: true, _status: true },
      ...asAdmin,
    }),
    payload.find({
      collection: 'audit-log',
      where: { speaker: { equals: speakerId } },
      sort: 'createdAt',
      pagination: false,
      ...asAdmin,
    }),
  ])
  const photoId = relationId(speaker.photo)
  const photo =
    photoId === null
      ? null
      : await payload.findByID({
          collection: 'media',
          id: photoId,
          disableErrors: true,
          ...asAdmin,
        })

  const exported = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    speaker,
    versions: versions.docs.map(({ id, createdAt, updatedAt, version }) => ({
      id,
      createdAt,
      updatedAt,
      version,
    })),
    contributions: sessions.docs.flatMap((session) =>
      theirs(session.contributions, speakerId).map((contribution) => ({
        session: {
          id: session.id,
          title: session.title,
          slug: session.slug,
          status: session._status,
        },
        assembly: session.assembly,
        contribution,
      })),
    ),
    pastContributions: sessionVersions.docs.flatMap(({ parent, createdAt, version }) =>
      theirs(version.contributions, speakerId).map((contribution) => ({
        session: relationId(parent as number | { id: number }),
        savedAt: createdAt,
        contribution,
      })),
    ),
    winsPresented: wins.docs,
    photo,
    audit: audit.docs,
  }
  await writeAudit(req, {
    action: 'export',
    speaker: speakerId,
    summary: `exported: ${[
      counted(versions.docs.length, 'version'),
      counted(exported.contributions.length, 'contribution'),
      counted(wins.docs.length, 'win'),
    ].join(', ')}`,
  })
  return exported
}
