import { sql } from '@payloadcms/db-postgres'
import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { dbFor } from '@/lib/compat/payload'
import { NOTHING_SHOWN, type Withdrawal } from '@/lib/consent'
import { writeAudit } from '@/lib/consent/audit'
import { mentionsOf, replaceMentions } from '@/lib/consent/mentions'
import { markNamedContributions } from '@/lib/consent/namedContributions'
import { inTransaction } from '@/lib/db/transaction'
import { Refusal } from '@/lib/errors/refusal'
import { relationId } from '@/lib/populated'
import { applyRevalidation, everyRecordPage } from '@/lib/revalidation'
import { rebuildSearchIndex } from '@/lib/search/indexer'

/**
 * Anonymise and erase, the two ways a person leaves the public record at their request
 * (issue 17). Anonymising withholds everything but the organisation (as they chose it) and keeps
 * the data for staff; erasing deletes it, from every stored version, upload and text, and moves
 * their contributions to a record shared by everyone erased, so that what remains cannot be
 * linked back to them. Both keep the contributions in the programme ("A speaker from …"), and both
 * are logged without the personal data.
 */

/** What an erased record is called in the admin, and the text left where their name stood. */
export const ERASED_NAME = 'Erased person'
export const NAME_ERASED = '[name erased]'

const WHO_MAY: Record<Withdrawal, Array<'admin' | 'editor'>> = {
  anonymised: ['admin', 'editor'],
  erased: ['admin'],
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

type Person = {
  id: number
  name: string
  names: string[]
  photos: number[]
  versions: number
  showsOrganisation: boolean
}

async function findPerson(req: PayloadRequest, id: number, kind: Withdrawal): Promise<Person> {
  if (!checkRole(WHO_MAY[kind], req.user)) throw new Forbidden(req.t)
  const asStaff = { overrideAccess: false, req, depth: 0 } as const
  const speaker = await req.payload.findByID({
    collection: 'speakers',
    id,
    draft: true,
    disableErrors: true,
    ...asStaff,
  })
  if (!speaker) throw new NotFound(req.t)
  if (speaker.consent?.basis === 'erased') {
    throw new Refusal(
      'This is the record shared by everyone erased: there is nobody here to anonymise or erase.',
      409,
      { speaker: id },
      'AlreadyErased',
    )
  }
  const { docs: versions } = await req.payload.findVersions({
    collection: 'speakers',
    where: { parent: { equals: id } },
    pagination: false,
    select: { version: { name: true, photo: true } },
    ...asStaff,
  })
  const names = new Set([speaker.name, ...versions.map(({ version }) => version.name)])
  const photos = new Set(
    [speaker.photo, ...versions.map(({ version }) => version.photo)]
      .map((photo) => relationId(photo as number | { id: number } | null))
      .filter((photo): photo is number => photo !== null),
  )
  return {
    id,
    name: speaker.name,
    names: [...names].filter((name): name is string => Boolean(name?.trim())),
    photos: [...photos],
    versions: versions.length,
    showsOrganisation: speaker.consent?.showOrganisation === true,
  }
}

async function contributionsOf(req: PayloadRequest, speaker: number) {
  const db = await dbFor(req.payload, req)
  const { rows } = await db.execute(sql`
    SELECT (SELECT count(*) FROM sessions_contributions WHERE speaker_id = ${speaker})::int AS current,
           (SELECT count(*) FROM _sessions_v_version_contributions WHERE speaker_id = ${speaker})::int AS stored`)
  return rows[0] as { current: number; stored: number }
}

export type WithdrawalPreview = {
  kind: Withdrawal
  speaker: number
  /** Typed back by the staff member to confirm: the action names whom it removes. */
  confirmWith: string
  changes: string[]
}

/** What the action will change, in sentences the confirmation shows before anything is done. */
export async function previewWithdrawal(
  req: PayloadRequest,
  id: number,
  kind: Withdrawal,
): Promise<WithdrawalPreview> {
  const person = await findPerson(req, id, kind)
  const contributions = await contributionsOf(req, id)
  const kept = (organisationShown: boolean) =>
    `Their ${counted(contributions.current, 'contribution')} stay in the programme, shown as “A speaker from ${organisationShown ? 'the organisation they spoke for' : 'an organisation in its country'}”.`
  if (kind === 'anonymised') {
    return {
      kind,
      speaker: id,
      confirmWith: person.name,
      changes: [
        'Their name, photo, bio, role, organisation, links and sources disappear from the public site, search, the sitemap, the API and every export; their page stops answering.',
        kept(person.showsOrganisation),
        'Staff still see their record. Only a new consent, given by the person, shows anything again.',
      ],
    }
  }
  const mentions = await mentionsOf(req, person.names)
  return {
    kind,
    speaker: id,
    confirmWith: person.name,
    changes: [
      `Their record is deleted, with all ${counted(person.versions, 'stored version')} of it: name, bio, photo, role, organisation, links and sources.`,
      `Their ${counted(contributions.current, 'contribution')} (and ${contributions.stored} in past versions of sessions) and the wins they presented move to one record shared by everyone erased, without the role they held or the organisation's name. ${kept(false)}`,
      `${counted(person.photos.length, 'photo')} of them ${person.photos.length === 1 ? 'is' : 'are'} deleted, files included, unless another record uses ${person.photos.length === 1 ? 'it' : 'them'}.`,
      `Their name is replaced by “${NAME_ERASED}” wherever stored text still holds it: ${counted(mentions, 'text')} now, current and past versions, their own record’s included.`,
      'This cannot be undone. Backups made before now still hold them until they expire (SECURITY.md).',
    ],
  }
}

function confirmed(person: Person, confirmation: unknown): void {
  const typed = typeof confirmation === 'string' ? confirmation.trim() : ''
  if (typed !== person.name.trim()) {
    throw new Refusal(
      'Type the person’s name exactly as it is stored to confirm: nothing was changed.',
      400,
      { speaker: person.id },
      'NotConfirmed',
    )
  }
}

export async function anonymisePerson(
  req: PayloadRequest,
  id: number,
  confirmation: unknown,
): Promise<{ summary: string }> {
  const person = await findPerson(req, id, 'anonymised')
  confirmed(person, confirmation)
  req.context.withdrawal = 'anonymised'
  await inTransaction(req, () =>
    req.payload.update({
      collection: 'speakers',
      id,
      data: {
        // The organisation they spoke for stays as they chose: "A speaker from …" (issue 17).
        consent: {
          ...NOTHING_SHOWN,
          showOrganisation: person.showsOrganisation,
          basis: 'anonymised',
          givenOn: null,
          method: null,
        },
        _status: 'published',
      },
      draft: false,
      overrideAccess: false,
      depth: 0,
      req,
    }),
  )
  applyRevalidation(everyRecordPage(), req)
  return { summary: 'Anonymised: nothing about them is public any more.' }
}

/** The one record every erased person's contributions and wins point to (lib/consent). */
const ERASED_SLUG = 'erased-person'

async function sharedErasedRecord(req: PayloadRequest): Promise<number> {
  const { docs } = await req.payload.find({
    collection: 'speakers',
    // The basis too: a real person's address could be the same.
    where: { slug: { equals: ERASED_SLUG }, 'consent.basis': { equals: 'erased' } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  if (docs[0]) return docs[0].id
  const created = await req.payload.create({
    collection: 'speakers',
    data: {
      name: ERASED_NAME,
      slug: ERASED_SLUG,
      consent: { ...NOTHING_SHOWN, basis: 'erased' },
      _status: 'published',
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return created.id
}

/**
 * Their contributions and wins move to one record shared by everyone erased, so nothing left even
 * tells which contributions were the same person's; their own record is then deleted with every
 * stored version of it.
 */
export async function erasePerson(
  req: PayloadRequest,
  id: number,
  confirmation: unknown,
): Promise<{ summary: string }> {
  const person = await findPerson(req, id, 'erased')
  confirmed(person, confirmation)
  req.context.withdrawal = 'erased'
  const summary = await inTransaction(req, async () => {
    const { payload } = req
    const db = await dbFor(payload, req)
    const erased = await sharedErasedRecord(req)
    // Current rows and every stored version; the role they held goes with them.
    const { rows: roles } = await db.execute(sql`
      WITH c AS (UPDATE sessions_contributions
                    SET speaker_id = ${erased}, role_at_the_time = NULL
                  WHERE speaker_id = ${id} RETURNING role_at_the_time),
           v AS (UPDATE _sessions_v_version_contributions
                    SET speaker_id = ${erased}, role_at_the_time = NULL
                  WHERE speaker_id = ${id} RETURNING role_at_the_time)
      SELECT 1 FROM c UNION ALL SELECT 1 FROM v`)
    await db.execute(sql`
      WITH w AS (UPDATE wins SET presenter_id = ${erased} WHERE presenter_id = ${id} RETURNING 1),
           v AS (UPDATE _wins_v SET version_presenter_id = ${erased}
                  WHERE version_presenter_id = ${id} RETURNING 1)
      SELECT (SELECT count(*) FROM w) + (SELECT count(*) FROM v) AS moved`)
    await markNamedContributions(req, { speaker: erased })
    // Payload deletes the versions with the document; the photos are free to go after it.
    await payload.delete({ collection: 'speakers', id, overrideAccess: false, req })
    let photosDeleted = 0
    const photosKept: number[] = []
    for (const photo of person.photos) {
      // Refused (hooks/preventReferencedDelete.ts) while another record still uses it.
      const deleted = await payload
        .delete({ collection: 'media', id: photo, overrideAccess: false, req })
        .then(
          () => true,
          (error: Error) => {
            if (error instanceof NotFound) return true
            if (error.name !== 'StillReferenced') throw error
            photosKept.push(photo)
            return false
          },
        )
      if (deleted) photosDeleted += 1
    }
    const mentions = await replaceMentions(req, person.names, {
      replacement: NAME_ERASED,
      history: true,
    })
    await rebuildSearchIndex(payload, req)
    const summary = [
      `erased: their record and ${counted(person.versions, 'stored version')}`,
      `${counted(roles.length, 'contribution')} moved to the shared erased record`,
      `${counted(photosDeleted, 'photo')} deleted`,
      ...(photosKept.length > 0
        ? [
            `photo${photosKept.length === 1 ? '' : 's'} ${photosKept.join(', ')} kept: used by another record`,
          ]
        : []),
      `${counted(mentions, 'mention')} of the name replaced`,
    ].join(', ')
    await writeAudit(req, { action: 'erase', speaker: id, summary })
    return summary
  })
  applyRevalidation(everyRecordPage(), req)
  return { summary: summary.charAt(0).toUpperCase() + summary.slice(1) }
}
