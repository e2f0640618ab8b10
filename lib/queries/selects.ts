import type {
  AssembliesSelect,
  MediaSelect,
  OrganisationsSelect,
  SessionsSelect,
  SourcesSelect,
  SpeakersSelect,
  TopicsSelect,
  WinsSelect,
} from '@/payload-types'

/**
 * What a read brings of each collection, named once for every query that shows the same thing:
 * as `populate`, so a relation never drags a whole document (rich text, arrays) along, and as
 * the base of a query's own `select`.
 */

const sizeSelect = { url: true, filename: true, width: true, height: true } as const

/**
 * An image: its alt text (required on every upload), its dimensions, and the sizes Payload wrote
 * for it, from which components/MediaImage builds the srcset. Payload computes `url` from
 * `filename`, so both are selected.
 */
export const imageSelect = {
  alt: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: { thumbnail: sizeSelect, card: sizeSelect, hero: sizeSelect },
} satisfies MediaSelect

/** An assembly as a link: its title and the year its address is made of. */
export const assemblyLinkSelect = { title: true, year: true, slug: true } satisfies AssembliesSelect

/** An assembly as a listing shows it: its theme, its dates and where it was held. */
export const assemblySummarySelect = {
  ...assemblyLinkSelect,
  theme: true,
  startDate: true,
  endDate: true,
  city: true,
  country: true,
} satisfies AssembliesSelect

/** A speaker as a link. */
export const speakerNameSelect = { name: true, slug: true } satisfies SpeakersSelect

/** A speaker as a byline: name, link and photo (or initials when there is none). */
export const speakerLinkSelect = { ...speakerNameSelect, photo: true } satisfies SpeakersSelect

/**
 * A person with the role and organisation recorded for them and the year they were recorded in:
 * the role is true of that year, so it is never read (or shown) without it.
 */
export const speakerRoleSelect = {
  ...speakerNameSelect,
  role: true,
  organisation: true,
  roleRecordedIn: true,
} satisfies SpeakersSelect

/** An organisation as a link. */
export const organisationLinkSelect = {
  name: true,
  acronym: true,
  slug: true,
} satisfies OrganisationsSelect

/** An organisation as the directory describes it: what kind it is and where. */
export const organisationSummarySelect = {
  ...organisationLinkSelect,
  kind: true,
  country: true,
  city: true,
} satisfies OrganisationsSelect

/** A topic as a link or a tag. */
export const topicLinkSelect = { name: true, slug: true } satisfies TopicsSelect

/** A session as a link: its title, address and place in the programme. */
export const sessionLinkSelect = {
  title: true,
  slug: true,
  position: true,
} satisfies SessionsSelect

/** Who spoke in a session, in what role, for which organisation. */
export const contributorsSelect = {
  speaker: true,
  roleAtTheTime: true,
  organisationAtTheTime: true,
} satisfies SessionsSelect['contributions']

/** A session as an appearance of someone in it (lib/queries/appearances.ts). */
export const appearanceSessionSelect = {
  ...sessionLinkSelect,
  assembly: true,
  contributions: contributorsSelect,
} satisfies SessionsSelect

/** A win as a card (components/WinList): where, at what level, what kind, and what was won. */
export const winCardSelect = {
  title: true,
  slug: true,
  summary: true,
  country: true,
  level: true,
  kind: true,
} satisfies WinsSelect

/**
 * A cited source, for the "Source: …" line: its details, and its link or file. Payload computes
 * `url` from `filename`, so both are selected. Populated with the viewer's access, so the public
 * never gets an unpublished source (the citation then keeps only its id and is not shown).
 */
export const sourceSelect = {
  title: true,
  publisher: true,
  year: true,
  link: true,
  url: true,
  filename: true,
} satisfies SourcesSelect
