import type { Payload, PayloadRequest, Where } from 'payload'

import { type ConsentFlags, consentFlagsSelect, shows, withoutWithheld } from '@/lib/consent'
import { countryName } from '@/lib/countries'
import { formatNumber, formatPlace, organisationName } from '@/lib/format'
import {
  organisationKindLabels,
  sessionFormatLabels,
  winKindLabels,
  winLevelLabels,
} from '@/lib/labels'
import { populated, relationId, relationIds, uniqueDocs } from '@/lib/populated'
import { organisationSummarySelect, speakerRoleSelect, winCardSelect } from '@/lib/queries/selects'
import { plainText } from '@/lib/richText'
import { refKey, type SearchCollection } from '@/lib/search/collections'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/highlight'
import { type CitedSource, shownCitations, sourceLine } from '@/lib/sources'
import { paths } from '@/lib/urls'
import { winYear } from '@/lib/wins'

/**
 * One row of the search index; the database weighs `title` A, `keywords` B and `body` C. `refs`
 * names every other document whose content went into the row, published or not, so that a change
 * to any of them re-indexes this row (lib/search/indexer.ts).
 */
export type SearchRow = {
  collection: SearchCollection
  docId: number
  path: string
  title: string
  meta: string
  keywords: string
  body: string
  years: number[]
  country: string | null
  source: string
  refs: string[]
}

// tsvector positions stop at 16,383 and a vector at 1 MB: this guards against a pasted book.
const MAX_TEXT_LENGTH = 100_000

const text = (...parts: Array<string | null | undefined | false>): string =>
  parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n')

const markers = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'g')

/** Without the highlight markers, which must only ever come from ts_headline, and bounded. */
const clean = (value: string): string => value.replace(markers, '').slice(0, MAX_TEXT_LENGTH)

const cleanRow = (row: SearchRow): SearchRow => ({
  ...row,
  title: clean(row.title),
  meta: clean(row.meta),
  keywords: clean(row.keywords),
  body: clean(row.body),
  source: clean(row.source),
})

type Status = { _status?: 'draft' | 'published' | null }

/** A populated relationship the public can see: published (topics have no drafts). */
function visible<T extends { id: number } & Status>(
  value: number | T | null | undefined,
): T | null {
  const doc = populated(value)
  return doc && (doc._status === undefined || doc._status === 'published') ? doc : null
}

type Consent = { consent?: ConsentFlags | null }

/** A published speaker as the public may see them: without what they did not agree to show. */
function visibleSpeaker<T extends { id: number } & Status & Consent>(
  value: number | T | null | undefined,
): T | null {
  const doc = visible(value)
  return doc ? withoutWithheld(doc) : null
}

const speakerPopulate = {
  name: true,
  _status: true,
  consent: consentFlagsSelect,
} as const

const refs = (collection: string, values: number[]) => values.map((id) => refKey(collection, id))

const unique = <T>(values: T[]): T[] => [...new Set(values)]

/**
 * `draft: false` reads the main table, which keeps the published version while a newer draft is
 * edited. Access is overridden because the index checks `_status` itself, for related docs too.
 */
const base = (docIds: number[], req?: PayloadRequest) => ({
  where: { id: { in: docIds } } as Where,
  draft: false,
  overrideAccess: true,
  limit: 0,
  pagination: false as const,
  req,
})

const isPublished = (doc: Status) => doc._status === 'published'

const sourceFields = { title: true, publisher: true, year: true, _status: true } as const

type IndexedCitations =
  Array<{ source: number | (CitedSource & Status); locator?: string | null }> | null | undefined

function sourcesOf(citations: IndexedCitations): { source: string; refs: string[] } {
  const list = citations ?? []
  // An unpublished source is left as a bare id, which shownCitations leaves out.
  const shown = shownCitations(
    list.map(({ source, locator }) => ({ source: visible(source) ?? -1, locator })),
  )
  return {
    source: shown.map(sourceLine).join('\n'),
    refs: refs('sources', relationIds(list.map((citation) => citation.source))),
  }
}

type RowReader = (payload: Payload, docIds: number[], req?: PayloadRequest) => Promise<SearchRow[]>

const assemblies: RowReader = async (payload, docIds, req) => {
  const { docs } = await payload.find({
    collection: 'assemblies',
    ...base(docIds, req),
    depth: 1,
    joins: false,
    select: {
      title: true,
      year: true,
      theme: true,
      intro: true,
      city: true,
      country: true,
      citations: true,
      _status: true,
    },
    populate: { sources: sourceFields },
  })
  return docs.filter(isPublished).map((assembly) => {
    const cited = sourcesOf(assembly.citations)
    return {
      collection: 'assemblies',
      docId: assembly.id,
      path: paths.assembly(assembly.year),
      title: assembly.title,
      meta: assembly.theme ?? '',
      keywords: text(assembly.theme, formatPlace(assembly.city, assembly.country)),
      body: text(plainText(assembly.intro)),
      years: [assembly.year],
      country: assembly.country ?? null,
      source: cited.source,
      refs: cited.refs,
    }
  })
}

// A session is public only when its assembly is published too (its page needs both).
const sessions: RowReader = async (payload, docIds, req) => {
  const { docs } = await payload.find({
    collection: 'sessions',
    ...base(docIds, req),
    depth: 1,
    select: {
      title: true,
      slug: true,
      format: true,
      summary: true,
      assembly: true,
      topics: true,
      contributions: {
        speaker: true,
        speakerShowsRole: true,
        speakerShowsOrganisation: true,
        roleAtTheTime: true,
        organisationAtTheTime: true,
        contribution: true,
      },
      resources: { title: true },
      citations: true,
      _status: true,
    },
    populate: {
      assemblies: { title: true, year: true, _status: true },
      speakers: speakerPopulate,
      organisations: { name: true, acronym: true, _status: true },
      topics: { name: true },
      sources: sourceFields,
    },
  })
  return docs.filter(isPublished).flatMap((session): SearchRow[] => {
    const assembly = visible(session.assembly)
    if (!assembly || !session.slug) return []
    const contributions = session.contributions ?? []
    const topics = (session.topics ?? []).map((topic) => visible(topic))
    const speakers = contributions.map((entry) => visibleSpeaker(entry.speaker))
    const said = contributions.map((entry) => {
      const organisation = entry.speakerShowsOrganisation
        ? visible(entry.organisationAtTheTime)
        : null
      const who = [
        visibleSpeaker(entry.speaker)?.name,
        entry.speakerShowsRole ? entry.roleAtTheTime : null,
        organisation ? organisationName(organisation) : null,
      ].filter(Boolean)
      return text(who.join(', '), plainText(entry.contribution))
    })
    const cited = sourcesOf(session.citations)
    return [
      {
        collection: 'sessions',
        docId: session.id,
        path: paths.session(assembly.year, session.slug),
        title: session.title,
        meta: `${sessionFormatLabels[session.format]} at the ${assembly.title}`,
        keywords: text(
          ...topics.map((topic) => topic?.name),
          ...speakers.map((speaker) => speaker?.name),
        ),
        body: text(
          plainText(session.summary),
          ...said,
          ...(session.resources ?? []).map((resource) => resource.title),
        ),
        years: [assembly.year],
        country: null,
        source: cited.source,
        refs: unique([
          refKey('assemblies', assembly.id),
          ...cited.refs,
          ...refs('topics', relationIds(session.topics)),
          ...refs('speakers', relationIds(contributions.map((entry) => entry.speaker))),
          ...refs(
            'organisations',
            relationIds(contributions.map((entry) => entry.organisationAtTheTime)),
          ),
        ]),
      },
    ]
  })
}

type Appearances = Map<number, { years: Set<number>; refs: Set<string> }>

const appearancesOf = (found: Appearances, id: number) => {
  let entry = found.get(id)
  if (!entry) found.set(id, (entry = { years: new Set(), refs: new Set() }))
  return entry
}

/** Years of the published sessions of published assemblies they spoke at, in one query. */
async function sessionYears(
  payload: Payload,
  field: 'speaker' | 'organisationAtTheTime',
  docIds: number[],
  req: PayloadRequest | undefined,
  found: Appearances,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'sessions',
    where: {
      and: [{ [`contributions.${field}`]: { in: docIds } }, { _status: { equals: 'published' } }],
    },
    draft: false,
    overrideAccess: true,
    depth: 1,
    limit: 0,
    pagination: false,
    select: {
      assembly: true,
      contributions: { speaker: true, organisationAtTheTime: true, speakerShowsOrganisation: true },
    },
    populate: { assemblies: { year: true, _status: true } },
    req,
  })
  const wanted = new Set(docIds)
  for (const session of uniqueDocs(docs)) {
    const assembly = visible(session.assembly)
    if (!assembly) continue
    for (const entry of session.contributions ?? []) {
      const id = relationId(entry[field])
      if (id === null || !wanted.has(id)) continue
      // An organisation its speaker withheld is not said to have spoken there (lib/consent).
      if (field === 'organisationAtTheTime' && !entry.speakerShowsOrganisation) continue
      const appearances = appearancesOf(found, id)
      appearances.years.add(assembly.year)
      appearances.refs.add(refKey('sessions', session.id))
      appearances.refs.add(refKey('assemblies', assembly.id))
    }
  }
}

const sortedYears = (years: Set<number> | undefined) => [...(years ?? [])].sort((a, b) => b - a)

const speakers: RowReader = async (payload, docIds, req) => {
  const { docs } = await payload.find({
    collection: 'speakers',
    ...base(docIds, req),
    depth: 1,
    joins: false,
    select: {
      ...speakerRoleSelect,
      bio: true,
      citations: true,
      consent: speakerPopulate.consent,
      _status: true,
    },
    populate: {
      organisations: { name: true, acronym: true, country: true, _status: true },
      sources: sourceFields,
    },
  })
  // Someone who did not agree to be named has no page, so no row; a withheld bio is not indexed.
  const published = docs
    .filter((speaker) => isPublished(speaker) && speaker.slug && shows(speaker.consent, 'name'))
    .map((speaker) => withoutWithheld(speaker))
  const appearances: Appearances = new Map()
  if (published.length > 0) {
    await sessionYears(
      payload,
      'speaker',
      published.map((speaker) => speaker.id),
      req,
      appearances,
    )
  }
  return published.map((speaker) => {
    const organisation = visible(speaker.organisation)
    const organisationId = relationId(speaker.organisation)
    const found = appearances.get(speaker.id)
    const role = [speaker.role, organisation ? organisationName(organisation) : null]
      .filter(Boolean)
      .join(', ')
    const cited = sourcesOf(speaker.citations)
    return {
      collection: 'speakers',
      docId: speaker.id,
      path: paths.speaker(speaker.slug!),
      title: speaker.name,
      meta: role && speaker.roleRecordedIn ? `${role} (${speaker.roleRecordedIn})` : role,
      keywords: text(speaker.role, organisation && organisationName(organisation)),
      body: text(plainText(speaker.bio)),
      years: sortedYears(found?.years),
      country: organisation?.country ?? null,
      source: cited.source,
      refs: unique([
        ...(organisationId === null ? [] : [refKey('organisations', organisationId)]),
        ...cited.refs,
        ...(found?.refs ?? []),
      ]),
    }
  })
}

const organisations: RowReader = async (payload, docIds, req) => {
  const { docs } = await payload.find({
    collection: 'organisations',
    ...base(docIds, req),
    depth: 1,
    joins: false,
    select: {
      ...organisationSummarySelect,
      description: true,
      citations: true,
      _status: true,
    },
    populate: { sources: sourceFields },
  })
  const published = docs.filter((organisation) => isPublished(organisation) && organisation.slug)
  const appearances: Appearances = new Map()
  if (published.length > 0) {
    const publishedIds = published.map((organisation) => organisation.id)
    await sessionYears(payload, 'organisationAtTheTime', publishedIds, req, appearances)
    const { docs: wins } = await payload.find({
      collection: 'wins',
      where: {
        and: [
          {
            or: [
              { presenterOrganisation: { in: publishedIds } },
              { creditedOrganisations: { in: publishedIds } },
            ],
          },
          { _status: { equals: 'published' } },
        ],
      },
      draft: false,
      overrideAccess: true,
      depth: 1,
      limit: 0,
      pagination: false,
      select: {
        presenterOrganisation: true,
        presenterShowsOrganisation: true,
        creditedOrganisations: true,
        achievedOn: true,
        assembly: true,
      },
      populate: { assemblies: { year: true, _status: true } },
      req,
    })
    const wanted = new Set(publishedIds)
    for (const win of wins) {
      const year = winYear(win.achievedOn, visible(win.assembly)?.year ?? null)
      // Not the organisation a presenter withheld (lib/consent).
      for (const id of relationIds([
        win.presenterShowsOrganisation ? win.presenterOrganisation : null,
        ...(win.creditedOrganisations ?? []),
      ])) {
        if (!wanted.has(id)) continue
        const entry = appearancesOf(appearances, id)
        if (year !== null) entry.years.add(year)
        entry.refs.add(refKey('wins', win.id))
      }
    }
  }
  return published.map((organisation) => {
    const found = appearances.get(organisation.id)
    const place = formatPlace(organisation.city, organisation.country)
    const cited = sourcesOf(organisation.citations)
    return {
      collection: 'organisations',
      docId: organisation.id,
      path: paths.organisation(organisation.slug!),
      title: organisationName(organisation),
      meta: [organisationKindLabels[organisation.kind], place].filter(Boolean).join(' · '),
      keywords: text(organisation.acronym, organisationKindLabels[organisation.kind], place),
      body: text(plainText(organisation.description)),
      years: sortedYears(found?.years),
      country: organisation.country ?? null,
      source: cited.source,
      refs: unique([...cited.refs, ...(found?.refs ?? [])]),
    }
  })
}

const wins: RowReader = async (payload, docIds, req) => {
  const { docs } = await payload.find({
    collection: 'wins',
    ...base(docIds, req),
    depth: 1,
    select: {
      ...winCardSelect,
      achievedOn: true,
      creditedOrganisations: true,
      assembly: true,
      presenter: true,
      presenterOrganisation: true,
      presenterShowsOrganisation: true,
      figures: true,
      evidence: { title: true },
      topics: true,
      citations: true,
      _status: true,
    },
    populate: {
      organisations: { name: true, acronym: true, _status: true },
      assemblies: { year: true, _status: true },
      speakers: speakerPopulate,
      topics: { name: true },
      sources: sourceFields,
    },
  })
  return docs
    .filter((win) => isPublished(win) && win.slug)
    .map((win) => {
      const where = countryName(win.country)
      const organisationNames = [
        win.presenterShowsOrganisation ? win.presenterOrganisation : null,
        ...(win.creditedOrganisations ?? []),
      ].map((organisation) => {
        const shown = visible(organisation)
        return shown ? organisationName(shown) : null
      })
      const year = winYear(win.achievedOn, visible(win.assembly)?.year ?? null)
      const assemblyId = relationId(win.assembly)
      const presenterId = relationId(win.presenter)
      const cited = sourcesOf(win.citations)
      return {
        collection: 'wins',
        docId: win.id,
        path: paths.win(win.slug!),
        title: win.title,
        meta: [where, winLevelLabels[win.level], winKindLabels[win.kind]].join(' · '),
        keywords: text(
          where,
          winKindLabels[win.kind],
          ...(win.topics ?? []).map((topic) => visible(topic)?.name),
          ...organisationNames,
          visibleSpeaker(win.presenter)?.name,
        ),
        body: text(
          plainText(win.summary),
          ...(win.figures ?? []).map((figure) => `${formatNumber(figure.value)} ${figure.label}`),
          ...(win.evidence ?? []).map((item) => item.title),
        ),
        years: year === null ? [] : [year],
        country: win.country,
        source: cited.source,
        refs: unique([
          ...refs(
            'organisations',
            relationIds([win.presenterOrganisation, ...(win.creditedOrganisations ?? [])]),
          ),
          ...cited.refs,
          ...refs('topics', relationIds(win.topics)),
          ...(assemblyId === null ? [] : [refKey('assemblies', assemblyId)]),
          ...(presenterId === null ? [] : [refKey('speakers', presenterId)]),
        ]),
      }
    })
}

const topics: RowReader = async (payload, docIds, req) => {
  const { docs } = await payload.find({
    collection: 'topics',
    ...base(docIds, req),
    depth: 0,
    select: { name: true, slug: true, description: true },
  })
  return docs
    .filter((topic) => topic.slug)
    .map((topic) => ({
      collection: 'topics',
      docId: topic.id,
      path: paths.topic(topic.slug!),
      title: topic.name,
      // The description is the body, and shows as the snippet.
      meta: '',
      keywords: '',
      body: text(topic.description),
      years: [],
      country: null,
      source: '',
      refs: [],
    }))
}

const readers: Record<SearchCollection, RowReader> = {
  assemblies,
  sessions,
  wins,
  speakers,
  organisations,
  topics,
}

/** The index rows of some documents of a collection, as the public may see them now. */
export async function readSearchRows(
  payload: Payload,
  collection: SearchCollection,
  docIds: number[],
  req?: PayloadRequest,
): Promise<SearchRow[]> {
  return (await readers[collection](payload, docIds, req)).map(cleanRow)
}
