import { isDeepStrictEqual } from 'node:util'

import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { SqlExecutor } from '@/lib/compat/payload'

import * as after from './correctedRecord'
import * as before from './previousSeed'

/**
 * Corrects the seeded 2025 record where no editor has changed it (issue 14): removes the three
 * records the report never presents as wins, rewrites what the report does not support, and
 * cites the report everywhere. A record whose stored values differ in any way from what the
 * previous seed wrote, or that has a newer draft, is left exactly as it is and named in the log
 * for staff to review. Writes go through the Local API, in the migration's transaction, so each
 * correction is a new version in the record's history and the search index follows.
 */

type Doc = Record<string, unknown> & { id: number; updatedAt: string; _status?: string | null }

export type CorrectionReport = { corrected: string[]; removed: string[]; kept: string[] }

const LOG_PREFIX = 'Record fidelity migration:'

/** Lexical paragraphs, as the seed writes them (lib/richText.ts of the day, frozen). */
const richText = (paragraphs?: string[]) =>
  paragraphs
    ? {
        root: {
          type: 'root',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          children: paragraphs.map((text) => ({
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            textStyle: '',
            children: [
              { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
            ],
          })),
        },
      }
    : undefined

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** The paragraphs of a stored rich text value; anything but plain paragraphs counts as an edit. */
const paragraphsOf = (value: unknown): string[] | 'not-plain' => {
  if (value === null || value === undefined) return []
  const children = (value as { root?: LexicalNode }).root?.children ?? []
  const texts: string[] = []
  for (const node of children) {
    const parts = node.children ?? []
    if (node.type !== 'paragraph' || parts.length !== 1 || parts[0]!.type !== 'text') {
      return 'not-plain'
    }
    texts.push(parts[0]!.text ?? '')
  }
  return texts
}

const orNull = <T>(value: T | undefined | null): T | null => value ?? null

const idOf = (value: unknown): number | null =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object' && 'id' in value
      ? Number((value as { id: number }).id)
      : null

/** Organisations' kinds before 20261129_120000_record_fidelity converted them; dropped once used. */
export const PREVIOUS_KINDS_TABLE = '_record_fidelity_previous_kinds'

/** Corrects the seeded record if 20261129_120000_record_fidelity left it to do (see there). */
export async function correctSeededRecordOnce(
  payload: Payload,
  req: PayloadRequest,
  db: SqlExecutor,
): Promise<CorrectionReport | null> {
  const { rows: exists } = await db.execute(
    sql`SELECT to_regclass(${PREVIOUS_KINDS_TABLE}) IS NOT NULL AS found`,
  )
  if (!exists[0]?.found) return null
  const { rows } = await db.execute(sql`SELECT id, kind FROM ${sql.identifier(PREVIOUS_KINDS_TABLE)}`)
  const previousKinds = new Map(rows.map((row) => [Number(row.id), String(row.kind)]))
  const report = await correctSeededRecord(payload, req, { previousKinds })
  await db.execute(sql`DROP TABLE ${sql.identifier(PREVIOUS_KINDS_TABLE)}`)
  return report
}

export async function correctSeededRecord(
  payload: Payload,
  req: PayloadRequest,
  { previousKinds }: { previousKinds: Map<number, string> },
): Promise<CorrectionReport> {
  const report: CorrectionReport = { corrected: [], removed: [], kept: [] }
  const context = { disableRevalidate: true }

  const all = async (collection: CollectionSlug): Promise<Doc[]> =>
    (
      await payload.find({
        collection,
        draft: false,
        overrideAccess: true,
        depth: 0,
        limit: 0,
        pagination: false,
        req,
      })
    ).docs as unknown as Doc[]

  // One after the other: they share the migration's transaction, and so one connection.
  const organisations = await all('organisations')
  const speakers = await all('speakers')
  const topics = await all('topics')
  const assemblies = await all('assemblies')
  const sessions = await all('sessions')
  const wins = await all('wins')
  const slugOf = (docs: Doc[]) => new Map(docs.map((doc) => [doc.id, doc.slug as string]))
  const organisationSlug = slugOf(organisations)
  const speakerSlug = slugOf(speakers)
  const topicSlug = slugOf(topics)
  const sessionSlug = slugOf(sessions)
  const assemblyYear = new Map(assemblies.map((doc) => [doc.id, doc.year as number]))
  const idBySlug = (docs: Doc[]) => new Map(docs.map((doc) => [doc.slug as string, doc.id]))
  const organisationId = idBySlug(organisations)
  const speakerId = idBySlug(speakers)
  const assemblyId = new Map(assemblies.map((doc) => [doc.year as number, doc.id]))
  const sessionId = new Map(
    sessions.map((doc) => [`${assemblyYear.get(idOf(doc.assembly) ?? -1)}/${doc.slug}`, doc.id]),
  )
  const slugsOf = (values: unknown, slugs: Map<number, string>) =>
    ((values as unknown[] | null) ?? []).map((value) => slugs.get(idOf(value) ?? -1) ?? null)
  const slugOrNull = (value: unknown, slugs: Map<number, string>) =>
    idOf(value) === null ? null : (slugs.get(idOf(value)!) ?? `#${idOf(value)}`)

  /** Whether a newer draft sits on top of the published version (then an editor is at work). */
  const hasNewerDraft = async (collection: CollectionSlug, doc: Doc): Promise<boolean> => {
    const { docs } = await payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: doc.id } }, { latest: { equals: true } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const latest = docs[0]?.version as { updatedAt?: string; _status?: string } | undefined
    return (
      Boolean(latest) && (latest!._status !== 'published' || latest!.updatedAt !== doc.updatedAt)
    )
  }

  /** Whether a stored record is exactly what the previous seed wrote, published, with no draft. */
  const untouched = async (
    collection: CollectionSlug,
    doc: Doc,
    stored: (doc: Doc) => unknown,
    seeded: unknown,
  ): Promise<boolean> =>
    doc._status === 'published' &&
    isDeepStrictEqual(stored(doc), seeded) &&
    !(await hasNewerDraft(collection, doc))

  const keep = (collection: string, doc: Doc | undefined, label: string) => {
    if (!doc) return
    report.kept.push(`${collection}: ${label}`)
    payload.logger.warn(
      `${LOG_PREFIX} kept ${collection} “${label}” (id ${doc.id}) as it is: it was changed after seeding. Check it against the report by hand.`,
    )
  }

  // Which records can be corrected, decided before anything is written.
  const plan: Array<() => Promise<void>> = []

  let sourceId: number | undefined
  const citations = (list: Array<{ locator?: string }>) =>
    list.map(({ locator }) => ({ source: sourceId, locator }))

  for (const seeded of before.organisations) {
    const doc = organisations.find((o) => o.slug === seeded.slug)
    const stored = (o: Doc) => ({
      slug: o.slug,
      name: o.name,
      acronym: orNull(o.acronym),
      kind: previousKinds.get(o.id) ?? o.kind,
      country: orNull(o.country),
      city: orNull(o.city),
      description: paragraphsOf(o.description),
      website: orNull(o.website),
      logo: orNull(o.logo),
    })
    const expected = {
      slug: seeded.slug,
      name: seeded.name,
      acronym: orNull(seeded.acronym),
      kind: seeded.kind,
      country: orNull(seeded.country),
      city: orNull(seeded.city),
      description: seeded.description ?? [],
      website: null,
      logo: null,
    }
    const corrected = after.organisations.find((o) => o.slug === seeded.slug)!
    if (doc && (await untouched('organisations', doc, stored, expected))) {
      plan.push(async () => {
        await payload.update({
          collection: 'organisations',
          id: doc.id,
          data: {
            kind: corrected.kind,
            picumMembership: corrected.picumMembership,
            description: richText(corrected.description),
            citations: citations(corrected.citations),
            _status: 'published',
          } as never,
          draft: false,
          overrideAccess: true,
          depth: 0,
          req,
          context,
        })
        report.corrected.push(`organisations: ${seeded.name}`)
      })
    } else keep('organisations', doc, seeded.name)
  }

  for (const seeded of before.speakers) {
    const doc = speakers.find((s) => s.slug === seeded.slug)
    const stored = (s: Doc) => ({
      slug: s.slug,
      name: s.name,
      role: orNull(s.role),
      organisation: slugOrNull(s.organisation, organisationSlug),
      bio: paragraphsOf(s.bio),
      photo: orNull(s.photo),
      links: (s.links as unknown[] | null) ?? [],
    })
    const expected = {
      slug: seeded.slug,
      name: seeded.name,
      role: orNull(seeded.currentRole),
      organisation: orNull(seeded.currentOrganisation),
      bio: seeded.bio ?? [],
      photo: null,
      links: [],
    }
    const corrected = after.speakers.find((s) => s.slug === seeded.slug)!
    if (doc && (await untouched('speakers', doc, stored, expected))) {
      plan.push(async () => {
        await payload.update({
          collection: 'speakers',
          id: doc.id,
          data: {
            role: corrected.role ?? null,
            organisation: corrected.organisation
              ? organisationId.get(corrected.organisation)
              : null,
            roleRecordedIn: corrected.roleRecordedIn ?? null,
            bio: richText(corrected.bio),
            citations: citations(corrected.citations),
            _status: 'published',
          } as never,
          draft: false,
          overrideAccess: true,
          depth: 0,
          req,
          context,
        })
        report.corrected.push(`speakers: ${seeded.name}`)
      })
    } else keep('speakers', doc, seeded.name)
  }

  for (const seeded of before.assemblies) {
    const doc = assemblies.find((a) => a.year === seeded.year)
    const stored = (a: Doc) => ({
      year: a.year,
      title: a.title,
      theme: orNull(a.theme),
      intro: paragraphsOf(a.intro),
      startDate: orNull(a.startDate),
      endDate: orNull(a.endDate),
      city: orNull(a.city),
      country: orNull(a.country),
      heroImage: orNull(a.heroImage),
    })
    const expected = {
      year: seeded.year,
      title: seeded.title,
      theme: orNull(seeded.theme),
      intro: seeded.intro ?? [],
      startDate: null,
      endDate: null,
      city: null,
      country: null,
      heroImage: null,
    }
    const corrected = after.assemblies.find((a) => a.year === seeded.year)!
    if (doc && (await untouched('assemblies', doc, stored, expected))) {
      plan.push(async () => {
        await payload.update({
          collection: 'assemblies',
          id: doc.id,
          data: {
            intro: richText(corrected.intro),
            citations: citations(corrected.citations),
            _status: 'published',
          } as never,
          draft: false,
          overrideAccess: true,
          depth: 0,
          req,
          context,
        })
        report.corrected.push(`assemblies: ${seeded.title}`)
      })
    } else keep('assemblies', doc, seeded.title)
  }

  for (const seeded of before.sessions) {
    const doc = sessions.find(
      (s) => s.slug === seeded.slug && assemblyYear.get(idOf(s.assembly) ?? -1) === seeded.assembly,
    )
    type Row = Record<string, unknown>
    const stored = (s: Doc) => ({
      slug: s.slug,
      title: s.title,
      assembly: assemblyYear.get(idOf(s.assembly) ?? -1) ?? null,
      position: s.position,
      format: s.format,
      summary: paragraphsOf(s.summary),
      topics: slugsOf(s.topics, topicSlug),
      contributions: ((s.contributions as Row[] | null) ?? []).map((c) => ({
        speaker: slugOrNull(c.speaker, speakerSlug),
        roleAtTheTime: orNull(c.roleAtTheTime as string | null),
        organisation: slugOrNull(c.organisationAtTheTime, organisationSlug),
        contribution: paragraphsOf(c.contribution),
      })),
      resources: ((s.resources as Row[] | null) ?? []).map((r) => ({
        title: r.title,
        kind: r.kind,
        url: orNull(r.url as string | null),
      })),
    })
    const expected = {
      slug: seeded.slug,
      title: seeded.title,
      assembly: seeded.assembly,
      position: seeded.position,
      format: seeded.format,
      summary: seeded.summary ?? [],
      topics: seeded.topics,
      contributions: seeded.contributions.map((c) => ({
        speaker: c.speaker,
        roleAtTheTime: orNull(c.roleAtTheTime),
        organisation: orNull(c.organisation),
        contribution: c.contribution ?? [],
      })),
      resources: (seeded.resources ?? []).map((r) => ({
        title: r.title,
        kind: r.kind,
        url: orNull(r.url),
      })),
    }
    const corrected = after.sessions.find(
      (s) => s.slug === seeded.slug && s.assembly === seeded.assembly,
    )!
    const label = `${seeded.assembly} ${seeded.title}`
    if (doc && (await untouched('sessions', doc, stored, expected))) {
      plan.push(async () => {
        await payload.update({
          collection: 'sessions',
          id: doc.id,
          data: {
            summary: richText(corrected.summary),
            contributions: corrected.contributions.map((c) => ({
              speaker: speakerId.get(c.speaker),
              roleAtTheTime: c.roleAtTheTime ?? null,
              organisationAtTheTime: c.organisation ? organisationId.get(c.organisation) : null,
              contribution: richText(c.contribution),
              citations: citations(c.citations),
            })),
            resources: corrected.resources.map((r) => ({
              title: r.title,
              kind: r.kind,
              url: r.url,
            })),
            citations: citations(corrected.citations),
            _status: 'published',
          } as never,
          draft: false,
          overrideAccess: true,
          depth: 0,
          req,
          context,
        })
        report.corrected.push(`sessions: ${label}`)
      })
    } else keep('sessions', doc, label)
  }

  for (const seeded of before.wins) {
    const doc = wins.find((w) => w.slug === seeded.slug)
    const stored = (w: Doc) => ({
      slug: w.slug,
      title: w.title,
      summary: paragraphsOf(w.summary),
      country: w.country,
      level: w.level,
      kind: w.kind,
      achievedOn: orNull(w.achievedOn),
      // The previous seed's `organisations`, renamed to creditedOrganisations by this migration.
      organisations: slugsOf(w.creditedOrganisations, organisationSlug),
      assembly: assemblyYear.get(idOf(w.assembly) ?? -1) ?? null,
      session: slugOrNull(w.session, sessionSlug),
      presenter: slugOrNull(w.presenter, speakerSlug),
      figures: ((w.figures as Array<Record<string, unknown>> | null) ?? []).map((f) => ({
        value: f.value,
        label: f.label,
      })),
      evidence: (w.evidence as unknown[] | null) ?? [],
      topics: slugsOf(w.topics, topicSlug),
    })
    const expected = {
      slug: seeded.slug,
      title: seeded.title,
      summary: seeded.summary ?? [],
      country: seeded.country,
      level: seeded.level,
      kind: seeded.kind,
      achievedOn: null,
      organisations: seeded.organisations,
      assembly: seeded.assembly,
      session: orNull(seeded.session),
      presenter: orNull(seeded.presenter),
      figures: seeded.figures ?? [],
      evidence: [],
      topics: seeded.topics,
    }
    if (!doc || !(await untouched('wins', doc, stored, expected))) {
      keep('wins', doc, seeded.title)
      continue
    }
    if (after.notWins.includes(seeded.slug)) {
      plan.push(async () => {
        await payload.delete({ collection: 'wins', id: doc.id, overrideAccess: true, req, context })
        report.removed.push(`wins: ${seeded.title}`)
      })
      continue
    }
    const corrected = after.wins.find((w) => w.slug === seeded.slug)!
    plan.push(async () => {
      await payload.update({
        collection: 'wins',
        id: doc.id,
        data: {
          summary: richText(corrected.summary),
          creditedOrganisations: corrected.creditedOrganisations.map((slug) =>
            organisationId.get(slug),
          ),
          presenter: corrected.presenter ? speakerId.get(corrected.presenter) : null,
          presenterOrganisation: corrected.presenterOrganisation
            ? organisationId.get(corrected.presenterOrganisation)
            : null,
          assembly: assemblyId.get(corrected.assembly),
          session: corrected.session
            ? sessionId.get(`${corrected.assembly}/${corrected.session}`)
            : null,
          citations: citations(corrected.citations),
          _status: 'published',
        } as never,
        draft: false,
        overrideAccess: true,
        depth: 0,
        req,
        context,
      })
      report.corrected.push(`wins: ${seeded.title}`)
    })
  }

  if (plan.length === 0) {
    payload.logger.info(
      `${LOG_PREFIX} no record is as the previous seed left it (none seeded, or all edited since); nothing to correct.`,
    )
    return report
  }
  // The 2025 report, as a published source, for the records about to cite it.
  const existing = await payload.find({
    collection: 'sources',
    where: { title: { equals: after.source.title } },
    draft: true,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  sourceId =
    existing.docs[0]?.id ??
    (
      await payload.create({
        collection: 'sources',
        data: {
          title: after.source.title,
          publisher: after.source.publisher,
          _status: 'published',
        },
        draft: false,
        overrideAccess: true,
        depth: 0,
        req,
        context,
      })
    ).id
  for (const step of plan) await step()

  payload.logger.info(
    `${LOG_PREFIX} corrected ${report.corrected.length} records, removed ${report.removed.length} that the report does not present as wins, kept ${report.kept.length} that editors had changed.`,
  )
  return report
}
