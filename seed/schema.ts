import { z } from 'zod'

import { isCountryCode } from '@/lib/countries'
import { isSlug } from '@/lib/slugify'

/**
 * The shape of the seed data. Records refer to each other by slug (and assemblies by year), so the
 * data files read like the report; the seed resolves them to ids when it writes.
 * Rich text is written as a list of paragraphs.
 */
const slug = z.string().refine(isSlug, 'must be a lowercase slug such as "red-acoge"')
const country = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 code such as "ES"')
const paragraphs = z.array(z.string().trim().min(1, 'a paragraph cannot be empty')).min(1)
const text = z.string().trim().min(1, 'cannot be empty')

export const topicSchema = z.strictObject({ slug, name: text, description: text })

export const organisationSchema = z.strictObject({
  slug,
  name: text,
  acronym: text.optional(),
  kind: z.enum([
    'ngo',
    'picum-member',
    'un-body',
    'eu-institution',
    'research',
    'trade-union',
    'faith-based',
    'other',
  ]),
  country: country.optional(),
  city: text.optional(),
  description: paragraphs.optional(),
})

export const speakerSchema = z.strictObject({
  slug,
  name: text,
  currentRole: text.optional(),
  currentOrganisation: slug.optional(),
  bio: paragraphs.optional(),
})

export const assemblySchema = z.strictObject({
  year: z.number().int().min(2001).max(2100),
  title: text,
  theme: text.optional(),
  intro: paragraphs.optional(),
})

export const sessionSchema = z.strictObject({
  assembly: z.number().int(),
  slug,
  title: text,
  position: z.number().int().min(1),
  format: z.enum(['plenary', 'panel', 'workshop', 'other']),
  summary: paragraphs.optional(),
  topics: z.array(slug).default([]),
  contributions: z
    .array(
      z.strictObject({
        speaker: slug,
        roleAtTheTime: text.optional(),
        organisation: slug.optional(),
        contribution: paragraphs.optional(),
      }),
    )
    .default([]),
  resources: z
    .array(
      z.strictObject({
        title: text,
        kind: z.enum(['report', 'toolkit', 'judgment', 'recording', 'other']),
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .default([]),
})

export const winSchema = z.strictObject({
  slug,
  title: text,
  summary: paragraphs.optional(),
  country,
  level: z.enum(['local', 'national', 'eu', 'international']),
  kind: z.enum(['legislation', 'regularisation', 'court-judgment', 'policy', 'labour-rights', 'other']),
  organisations: z.array(slug).default([]),
  assembly: z.number().int(),
  /** The session's slug within that assembly. */
  session: slug.optional(),
  presenter: slug.optional(),
  figures: z.array(z.strictObject({ value: z.number(), label: text })).default([]),
  topics: z.array(slug).default([]),
})

export const seedDataSchema = z
  .strictObject({
    topics: z.array(topicSchema),
    organisations: z.array(organisationSchema),
    speakers: z.array(speakerSchema),
    assemblies: z.array(assemblySchema),
    sessions: z.array(sessionSchema),
    wins: z.array(winSchema),
  })
  .superRefine((data, ctx) => {
    // Every reference must point at a record in the data, and every key must be unique.
    const keys = {
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
    const known = (set: Set<string | number>, key: string | number | undefined, what: string, path: (string | number)[]) => {
      if (key !== undefined && !set.has(key))
        ctx.addIssue({ code: 'custom', path, message: `names an unknown ${what} "${key}"` })
    }
    data.topics.forEach((t, i) => unique(keys.topics, t.slug, ['topics', i, 'slug']))
    data.organisations.forEach((o, i) => unique(keys.organisations, o.slug, ['organisations', i, 'slug']))
    data.speakers.forEach((s, i) => {
      unique(keys.speakers, s.slug, ['speakers', i, 'slug'])
      known(keys.organisations, s.currentOrganisation, 'organisation', ['speakers', i, 'currentOrganisation'])
    })
    data.assemblies.forEach((a, i) => unique(keys.assemblies, a.year, ['assemblies', i, 'year']))
    data.sessions.forEach((s, i) => {
      known(keys.assemblies, s.assembly, 'assembly', ['sessions', i, 'assembly'])
      unique(keys.sessions, `${s.assembly}/${s.slug}`, ['sessions', i, 'slug'])
      s.topics.forEach((t, j) => known(keys.topics, t, 'topic', ['sessions', i, 'topics', j]))
      s.contributions.forEach((c, j) => {
        known(keys.speakers, c.speaker, 'speaker', ['sessions', i, 'contributions', j, 'speaker'])
        known(keys.organisations, c.organisation, 'organisation', ['sessions', i, 'contributions', j, 'organisation'])
      })
    })
    data.wins.forEach((w, i) => {
      unique(keys.wins, w.slug, ['wins', i, 'slug'])
      known(keys.assemblies, w.assembly, 'assembly', ['wins', i, 'assembly'])
      if (w.session) known(keys.sessions, `${w.assembly}/${w.session}`, 'session', ['wins', i, 'session'])
      known(keys.speakers, w.presenter, 'speaker', ['wins', i, 'presenter'])
      w.organisations.forEach((o, j) => known(keys.organisations, o, 'organisation', ['wins', i, 'organisations', j]))
      w.topics.forEach((t, j) => known(keys.topics, t, 'topic', ['wins', i, 'topics', j]))
    })
  })

export type SeedInput = z.input<typeof seedDataSchema>
export type SeedData = z.output<typeof seedDataSchema>
export type TopicSeed = z.input<typeof topicSchema>
export type OrganisationSeed = z.input<typeof organisationSchema>
export type SpeakerSeed = z.input<typeof speakerSchema>
export type AssemblySeed = z.input<typeof assemblySchema>
export type SessionSeed = z.input<typeof sessionSchema>
export type WinSeed = z.input<typeof winSchema>

/** "sessions[1] (2025/strategies).contributions[0].speaker: names an unknown speaker "x"" */
export function describeIssues(input: SeedInput, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const [collection, index, ...rest] = issue.path
      const record =
        typeof collection === 'string' && typeof index === 'number'
          ? (input as Record<string, Array<Record<string, unknown>>>)[collection]?.[index]
          : undefined
      const label = record ? ` (${String(record.slug ?? record.year ?? '')})` : ''
      const field = rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')
      return `${String(collection)}${index !== undefined ? `[${String(index)}]` : ''}${label}${field}: ${issue.message}`
    })
    .join('\n')
}
