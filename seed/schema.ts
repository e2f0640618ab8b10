import { z } from 'zod'

import { isCountryCode } from '@/lib/countries'
import { organisationKinds } from '@/lib/options/organisationKinds'
import { picumMembership } from '@/lib/options/picumMembership'
import { resourceKinds } from '@/lib/options/resourceKinds'
import { sessionFormats } from '@/lib/options/sessionFormats'
import { winKinds } from '@/lib/options/winKinds'
import { winLevels } from '@/lib/options/winLevels'
import type { SeededCollection } from '@/lib/record/registry'
import { isSlug } from '@/lib/slugify'

// A record without a citation does not pass.
const slug = z.string().refine(isSlug, 'must be a lowercase slug such as "red-acoge"')
const country = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 code such as "ES"')
const paragraphs = z.array(z.string().trim().min(1, 'a paragraph cannot be empty')).min(1)
const text = z.string().trim().min(1, 'cannot be empty')

const year = z.number().int().min(1900).max(2100)

export const sourceSchema = z.strictObject({
  key: slug,
  title: text,
  publisher: text,
  year: year.optional(),
  link: z.url({ protocol: /^https?$/ }).optional(),
})

const citations = z
  .array(z.strictObject({ source: slug, locator: text.max(200).optional() }))
  .min(1, 'every seeded record cites its source')

export const topicSchema = z.strictObject({ slug, name: text, description: text })

export const organisationSchema = z.strictObject({
  slug,
  name: text,
  acronym: text.optional(),
  kind: z.enum(organisationKinds.values),
  picumMembership: z.enum(picumMembership.values).default('unknown'),
  country: country.optional(),
  city: text.optional(),
  description: paragraphs.optional(),
  citations,
})

export const speakerSchema = z
  .strictObject({
    slug,
    name: text,
    role: text.optional(),
    organisation: slug.optional(),
    // The source's year, not today's.
    roleRecordedIn: year.optional(),
    bio: paragraphs.optional(),
    citations,
  })
  .refine((s) => s.roleRecordedIn !== undefined || (!s.role && !s.organisation), {
    message: 'a role or organisation needs the year it was recorded in',
    path: ['roleRecordedIn'],
  })

export const assemblySchema = z.strictObject({
  year: z.number().int().min(2001).max(2100),
  title: text,
  theme: text.optional(),
  intro: paragraphs.optional(),
  citations,
})

export const sessionSchema = z.strictObject({
  assembly: z.number().int(),
  slug,
  title: text,
  position: z.number().int().min(1),
  format: z.enum(sessionFormats.values),
  summary: paragraphs.optional(),
  topics: z.array(slug).default([]),
  contributions: z
    .array(
      z.strictObject({
        speaker: slug,
        roleAtTheTime: text.optional(),
        organisation: slug.optional(),
        contribution: paragraphs.optional(),
        citations,
      }),
    )
    .default([]),
  resources: z
    .array(
      z.strictObject({
        title: text,
        kind: z.enum(resourceKinds.values),
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .default([]),
  citations,
})

export const winSchema = z.strictObject({
  slug,
  title: text,
  summary: paragraphs.optional(),
  country,
  level: z.enum(winLevels.values),
  kind: z.enum(winKinds.values),
  // Presenting a win is not a credit.
  creditedOrganisations: z.array(slug).default([]),
  assembly: z.number().int(),
  session: slug.optional(),
  presenter: slug.optional(),
  presenterOrganisation: slug.optional(),
  figures: z.array(z.strictObject({ value: z.number(), label: text })).default([]),
  topics: z.array(slug).default([]),
  citations,
})

// One list per collection the registry marks as seeded, in the order they are written (each
// refers only to those before it).
export const seedLists = {
  sources: z.array(sourceSchema),
  topics: z.array(topicSchema),
  organisations: z.array(organisationSchema),
  speakers: z.array(speakerSchema),
  assemblies: z.array(assemblySchema),
  sessions: z.array(sessionSchema),
  wins: z.array(winSchema),
} satisfies Record<SeededCollection, z.ZodType>

export const seedDataSchema = z.strictObject(seedLists).superRefine((data, ctx) => {
  const keys = {
    sources: new Set<string>(),
    topics: new Set<string>(),
    organisations: new Set<string>(),
    speakers: new Set<string>(),
    assemblies: new Set<number>(),
    sessions: new Set<string>(),
    wins: new Set<string>(),
  }
  const unique = <T>(set: Set<T>, key: T, path: (string | number)[]) => {
    if (set.has(key)) ctx.addIssue({ code: 'custom', path, message: `duplicates "${key}"` })
    set.add(key)
  }
  const known = (
    set: Set<string | number>,
    key: string | number | undefined,
    what: string,
    path: (string | number)[],
  ) => {
    if (key !== undefined && !set.has(key))
      ctx.addIssue({ code: 'custom', path, message: `names an unknown ${what} "${key}"` })
  }
  const cited = (list: Array<{ source: string }>, path: (string | number)[]) =>
    list.forEach((c, j) =>
      known(keys.sources, c.source, 'source', [...path, 'citations', j, 'source']),
    )
  data.sources.forEach((s, i) => unique(keys.sources, s.key, ['sources', i, 'key']))
  data.topics.forEach((t, i) => unique(keys.topics, t.slug, ['topics', i, 'slug']))
  data.organisations.forEach((o, i) => {
    unique(keys.organisations, o.slug, ['organisations', i, 'slug'])
    cited(o.citations, ['organisations', i])
  })
  data.speakers.forEach((s, i) => {
    unique(keys.speakers, s.slug, ['speakers', i, 'slug'])
    known(keys.organisations, s.organisation, 'organisation', ['speakers', i, 'organisation'])
    cited(s.citations, ['speakers', i])
  })
  data.assemblies.forEach((a, i) => {
    unique(keys.assemblies, a.year, ['assemblies', i, 'year'])
    cited(a.citations, ['assemblies', i])
  })
  data.sessions.forEach((s, i) => {
    cited(s.citations, ['sessions', i])
    known(keys.assemblies, s.assembly, 'assembly', ['sessions', i, 'assembly'])
    unique(keys.sessions, `${s.assembly}/${s.slug}`, ['sessions', i, 'slug'])
    s.topics.forEach((t, j) => known(keys.topics, t, 'topic', ['sessions', i, 'topics', j]))
    s.contributions.forEach((c, j) => {
      known(keys.speakers, c.speaker, 'speaker', ['sessions', i, 'contributions', j, 'speaker'])
      known(keys.organisations, c.organisation, 'organisation', [
        'sessions',
        i,
        'contributions',
        j,
        'organisation',
      ])
      cited(c.citations, ['sessions', i, 'contributions', j])
    })
  })
  data.wins.forEach((w, i) => {
    unique(keys.wins, w.slug, ['wins', i, 'slug'])
    known(keys.assemblies, w.assembly, 'assembly', ['wins', i, 'assembly'])
    if (w.session)
      known(keys.sessions, `${w.assembly}/${w.session}`, 'session', ['wins', i, 'session'])
    known(keys.speakers, w.presenter, 'speaker', ['wins', i, 'presenter'])
    known(keys.organisations, w.presenterOrganisation, 'organisation', [
      'wins',
      i,
      'presenterOrganisation',
    ])
    w.creditedOrganisations.forEach((o, j) =>
      known(keys.organisations, o, 'organisation', ['wins', i, 'creditedOrganisations', j]),
    )
    w.topics.forEach((t, j) => known(keys.topics, t, 'topic', ['wins', i, 'topics', j]))
    cited(w.citations, ['wins', i])
  })
})

export type SeedInput = z.input<typeof seedDataSchema>
export type SeedData = z.output<typeof seedDataSchema>
export type SourceSeed = z.input<typeof sourceSchema>
export type CitationSeed = z.input<typeof citations>[number]
export type TopicSeed = z.input<typeof topicSchema>
export type OrganisationSeed = z.input<typeof organisationSchema>
export type SpeakerSeed = z.input<typeof speakerSchema>
export type AssemblySeed = z.input<typeof assemblySchema>
export type SessionSeed = z.input<typeof sessionSchema>
export type WinSeed = z.input<typeof winSchema>

export function describeIssues(input: SeedInput, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const [collection, index, ...rest] = issue.path
      const record =
        typeof collection === 'string' && typeof index === 'number'
          ? (input as Record<string, Array<Record<string, unknown>>>)[collection]?.[index]
          : undefined
      const label = record ? ` (${String(record.slug ?? record.year ?? record.key ?? '')})` : ''
      const field = rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
      return `${String(collection)}${index !== undefined ? `[${String(index)}]` : ''}${label}${field}: ${issue.message}`
    })
    .join('\n')
}
