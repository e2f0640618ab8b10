import type { Where } from 'payload'

/**
 * What a person can agree to show, and the stored fields each agreement governs. This is the one
 * place that knows it: field access (access/consentedOrStaff.ts), visitors' filters and sorts
 * (hooks/guardQueries.ts), the images counted as public (hooks/trackMediaUse.ts) and the search
 * index (lib/search/documents.ts) all read it from here.
 *
 * A name is the key to the rest of their record: a photo, bio, role or organisation without it is
 * never shown there, because each would identify someone who asked not to be named.
 */
export const CONSENT_FACTS = ['name', 'photo', 'bio', 'role', 'organisation'] as const
export type ConsentFact = (typeof CONSENT_FACTS)[number]

export const CONSENT_FLAGS = {
  name: 'showName',
  photo: 'showPhoto',
  bio: 'showBio',
  role: 'showRole',
  organisation: 'showOrganisation',
} as const satisfies Record<ConsentFact, string>

type ConsentFlag = (typeof CONSENT_FLAGS)[ConsentFact]

/** Every flag, for a read's `select`: without them the governed fields are withheld (fail closed). */
export const consentFlagsSelect = Object.fromEntries(
  CONSENT_FACTS.map((fact) => [CONSENT_FLAGS[fact], true]),
) as Record<ConsentFlag, true>

export type ConsentFlags = Partial<Record<ConsentFlag, boolean | null>>

/**
 * The speakers' fields each fact governs. Without a name, a person's links and sources would still
 * point at them, so they go with it, and so does everything else on their record; their
 * contributions keep the organisation they spoke for ("A speaker from …") if they agreed to show
 * it, or only its country ("… from a member organisation in Spain") if not.
 */
const GOVERNED_FIELDS = {
  name: ['name', 'slug', 'links', 'roleRecordedIn', 'citations'],
  photo: ['photo'],
  bio: ['bio'],
  role: ['role'],
  organisation: ['organisation'],
} as const satisfies Record<ConsentFact, readonly string[]>

/**
 * The same facts where other records describe a speaker: a session's contributions and the win
 * they presented carry their speaker's consent as derived flags (lib/consent/namedContributions.ts).
 * Each governed path, and the path of the flag that shows it.
 */
export const DESCRIBED_ELSEWHERE = {
  sessions: {
    'contributions.roleAtTheTime': 'contributions.speakerShowsRole',
    'contributions.organisationAtTheTime': 'contributions.speakerShowsOrganisation',
  },
  wins: { presenterOrganisation: 'presenterShowsOrganisation' },
} as const satisfies Record<string, Record<string, string>>

export const CONSENT_COLLECTION = 'speakers'

/**
 * A consent's basis when the person asked to leave the public record: set only by the staff
 * actions of lib/consent/withdrawal.ts, never chosen in the form, and nothing more is shown while
 * it stands: a new consent, given by the person, replaces it.
 */
export const WITHDRAWALS = ['anonymised', 'erased'] as const
export type Withdrawal = (typeof WITHDRAWALS)[number]
export const isWithdrawal = (basis: unknown): basis is Withdrawal =>
  (WITHDRAWALS as readonly unknown[]).includes(basis)

/** The withdrawal a request is carrying out (set in req.context by lib/consent/withdrawal.ts). */
export const withdrawalIn = (req: { context: Record<string, unknown> }): Withdrawal | null =>
  isWithdrawal(req.context.withdrawal) ? req.context.withdrawal : null

/** Every fact shown: what the record showed of everyone before consent was recorded. */
export const EVERYTHING_SHOWN = Object.fromEntries(
  CONSENT_FACTS.map((fact) => [CONSENT_FLAGS[fact], true]),
) as Record<ConsentFlag, true>

/** Every fact withheld: what anonymising and erasing leave. */
export const NOTHING_SHOWN = Object.fromEntries(
  CONSENT_FACTS.map((fact) => [CONSENT_FLAGS[fact], false]),
) as Record<ConsentFlag, false>

const requires: Record<ConsentFact, ConsentFact[]> = {
  name: ['name'],
  photo: ['name', 'photo'],
  bio: ['name', 'bio'],
  role: ['name', 'role'],
  organisation: ['name', 'organisation'],
}

/** Whether a fact may be shown to the public. Anything but an explicit yes is a no. */
export function shows(consent: ConsentFlags | null | undefined, fact: ConsentFact): boolean {
  return requires[fact].every((each) => consent?.[CONSENT_FLAGS[each]] === true)
}

function factOfField(field: string): ConsentFact | null {
  for (const fact of CONSENT_FACTS) {
    if ((GOVERNED_FIELDS[fact] as readonly string[]).includes(field)) return fact
  }
  return null
}

/** A copy of a speaker's data without what the public may not see. */
export function withoutWithheld<T extends { consent?: ConsentFlags | null }>(data: T): T {
  const shown = { ...data } as Record<string, unknown>
  for (const fact of CONSENT_FACTS) {
    if (shows(data.consent, fact)) continue
    for (const field of GOVERNED_FIELDS[fact]) delete shown[field]
  }
  return shown as T
}

/** A document's data as the public may see it: only speakers have anything withheld. */
export function asShownToPublic<T extends object>(collection: string, data: T): T {
  return collection === CONSENT_COLLECTION
    ? (withoutWithheld(data as { consent?: ConsentFlags | null }) as T)
    : data
}

/**
 * The filter a visitor's query gets when it filters or sorts on governed fields: it then matches
 * only people who agreed to show them, so a filter on a withheld name finds nobody, and a sort by
 * name places nobody who withheld it.
 */
export function consentWhere(facts: Iterable<ConsentFact>): Where | null {
  const flags = new Set<string>()
  for (const fact of facts) {
    for (const each of requires[fact]) flags.add(CONSENT_FLAGS[each])
  }
  if (flags.size === 0) return null
  return { and: [...flags].sort().map((flag) => ({ [`consent.${flag}`]: { equals: true } })) }
}

/** Everyone who may be named in public. */
export const namedWhere: Where = { [`consent.${CONSENT_FLAGS.name}`]: { equals: true } }

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function factsInWhere(where: unknown, found: Set<ConsentFact>): void {
  if (Array.isArray(where)) {
    for (const each of where) factsInWhere(each, found)
    return
  }
  if (!isObject(where)) return
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      factsInWhere(value, found)
      continue
    }
    const fact = factOfField(key.split('.')[0]!)
    if (fact) found.add(fact)
  }
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((each): each is string => typeof each === 'string')
    .map((each) => each.trim().replace(/^-/, ''))

/** The facts a query's filter, sort or distinct field would reveal something about. */
export function factsAskedAbout(query: {
  where?: unknown
  sort?: unknown
  field?: unknown
}): Set<ConsentFact> {
  const found = new Set<ConsentFact>()
  factsInWhere(query.where, found)
  const paths = [
    ...sortPaths(query.sort),
    ...(typeof query.field === 'string' ? [query.field] : []),
  ]
  for (const path of paths) {
    const fact = factOfField(path.split('.')[0]!)
    if (fact) found.add(fact)
  }
  return found
}

/** `where`, narrowed to people who agreed to show what it asks about (unchanged if nothing). */
export function narrowToConsented(query: {
  where?: unknown
  sort?: unknown
  field?: unknown
}): Where | undefined {
  const constraint = consentWhere(factsAskedAbout(query))
  const where = isObject(query.where) ? (query.where as Where) : undefined
  if (!constraint) return where
  return where && Object.keys(where).length > 0 ? { and: [where, constraint] } : constraint
}
