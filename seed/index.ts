import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'

import { inTransaction } from '@/lib/db/transaction'
import '@/lib/requestContext'
import type { SeededCollection } from '@/lib/record/registry'
import { richTextFromParagraphs } from '@/lib/richText'
import { seedData } from '@/seed/data'
import { describeIssues, type SeedData, seedDataSchema, type SeedInput } from '@/seed/schema'

export class SeedDataError extends Error {
  name = 'SeedDataError'
}

export type SeedReport = { created: string[]; skipped: string[] }

const rich = (paragraphs?: string[]) =>
  paragraphs ? richTextFromParagraphs(paragraphs) : undefined

// Idempotent: existing records (drafts included) are left as staff made them. One transaction, so a
// failure leaves no half-seed. Never creates user accounts.
export async function seed(payload: Payload, input: SeedInput = seedData): Promise<SeedReport> {
  const parsed = seedDataSchema.safeParse(input)
  if (!parsed.success) {
    throw new SeedDataError(`The seed data is invalid:\n${describeIssues(input, parsed.error)}`)
  }
  const data: SeedData = parsed.data
  const report: SeedReport = { created: [], skipped: [] }

  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  await inTransaction(req, () => writeAll(payload, req, data, report))
  return report
}

async function writeAll(payload: Payload, req: PayloadRequest, data: SeedData, report: SeedReport) {
  const ensure = async (
    collection: SeededCollection,
    label: string,
    match: Where,
    create: () => Record<string, unknown>,
  ): Promise<number> => {
    const { docs } = await payload.find({
      collection,
      where: match,
      draft: true,
      depth: 0,
      limit: 1,
      pagination: false,
      select: {},
      req,
    })
    const existing = docs[0]
    if (existing) {
      report.skipped.push(`${collection}: ${label}`)
      return Number(existing.id)
    }
    const doc = await payload.create({
      collection,
      data: { ...create(), _status: 'published' } as never,
      draft: false,
      depth: 0,
      req,
      context: req.context,
    })
    report.created.push(`${collection}: ${label}`)
    return Number(doc.id)
  }
  const bySlugOr = (field: string, slug: string, value: string): Where => ({
    or: [{ slug: { equals: slug } }, { [field]: { equals: value } }],
  })

  const sources = new Map<string, number>()
  for (const { key, ...source } of data.sources) {
    sources.set(
      key,
      await ensure('sources', source.title, { title: { equals: source.title } }, () => source),
    )
  }
  const cite = (citations: SeedData['assemblies'][number]['citations']) =>
    citations.map(({ source, locator }) => ({ source: sources.get(source), locator }))

  const topics = new Map<string, number>()
  for (const t of data.topics) {
    topics.set(t.slug, await ensure('topics', t.name, bySlugOr('name', t.slug, t.name), () => t))
  }

  const organisations = new Map<string, number>()
  for (const o of data.organisations) {
    const id = await ensure('organisations', o.name, bySlugOr('name', o.slug, o.name), () => ({
      ...o,
      description: rich(o.description),
      citations: cite(o.citations),
    }))
    organisations.set(o.slug, id)
  }
  const organisation = (slug?: string) => (slug ? organisations.get(slug) : undefined)

  const speakers = new Map<string, number>()
  for (const s of data.speakers) {
    const id = await ensure('speakers', s.name, bySlugOr('name', s.slug, s.name), () => ({
      ...s,
      organisation: organisation(s.organisation),
      bio: rich(s.bio),
      citations: cite(s.citations),
    }))
    speakers.set(s.slug, id)
  }

  const assemblies = new Map<number, number>()
  for (const a of data.assemblies) {
    const id = await ensure('assemblies', a.title, { year: { equals: a.year } }, () => ({
      ...a,
      intro: rich(a.intro),
      citations: cite(a.citations),
    }))
    assemblies.set(a.year, id)
  }

  const sessions = new Map<string, number>()
  for (const s of data.sessions) {
    const assembly = assemblies.get(s.assembly)!
    const match: Where = {
      and: [{ assembly: { equals: assembly } }, bySlugOr('title', s.slug, s.title)],
    }
    const id = await ensure('sessions', `${s.assembly} ${s.title}`, match, () => ({
      ...s,
      assembly,
      summary: rich(s.summary),
      topics: s.topics.map((slug) => topics.get(slug)),
      contributions: s.contributions.map((c) => ({
        speaker: speakers.get(c.speaker),
        roleAtTheTime: c.roleAtTheTime,
        organisationAtTheTime: organisation(c.organisation),
        contribution: rich(c.contribution),
        citations: cite(c.citations),
      })),
      citations: cite(s.citations),
    }))
    sessions.set(`${s.assembly}/${s.slug}`, id)
  }

  for (const w of data.wins) {
    await ensure('wins', w.title, bySlugOr('title', w.slug, w.title), () => ({
      ...w,
      summary: rich(w.summary),
      creditedOrganisations: w.creditedOrganisations.map((slug) => organisations.get(slug)),
      assembly: assemblies.get(w.assembly),
      session: w.session ? sessions.get(`${w.assembly}/${w.session}`) : undefined,
      presenter: w.presenter ? speakers.get(w.presenter) : undefined,
      presenterOrganisation: organisation(w.presenterOrganisation),
      topics: w.topics.map((slug) => topics.get(slug)),
      citations: cite(w.citations),
    }))
  }
}
