import { consentFlagsSelect } from '@/lib/consent'
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

// Used as `populate` too, so a relation never drags a whole document (rich text, arrays) along.

const sizeSelect = { url: true, filename: true, width: true, height: true } as const

// Payload computes `url` from `filename`, so both are selected.
export const imageSelect = {
  alt: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: { thumbnail: sizeSelect, card: sizeSelect, hero: sizeSelect },
} satisfies MediaSelect

export const assemblyLinkSelect = { title: true, year: true, slug: true } satisfies AssembliesSelect

export const assemblySummarySelect = {
  ...assemblyLinkSelect,
  theme: true,
  startDate: true,
  endDate: true,
  city: true,
  country: true,
} satisfies AssembliesSelect

// The consent flags go with every read of a speaker: without them their name is withheld.
export const speakerNameSelect = {
  name: true,
  slug: true,
  consent: consentFlagsSelect,
} satisfies SpeakersSelect

export const speakerLinkSelect = { ...speakerNameSelect, photo: true } satisfies SpeakersSelect

// A role is true of the year it was recorded in, so it is never read (or shown) without it.
export const speakerRoleSelect = {
  ...speakerNameSelect,
  role: true,
  organisation: true,
  roleRecordedIn: true,
} satisfies SpeakersSelect

export const organisationLinkSelect = {
  name: true,
  acronym: true,
  slug: true,
} satisfies OrganisationsSelect

export const organisationSummarySelect = {
  ...organisationLinkSelect,
  kind: true,
  country: true,
  city: true,
} satisfies OrganisationsSelect

export const topicLinkSelect = { name: true, slug: true } satisfies TopicsSelect

export const sessionLinkSelect = {
  title: true,
  slug: true,
  position: true,
} satisfies SessionsSelect

// The flags decide what is shown of each speaker (collections/Sessions, access/shownInContribution.ts).
export const contributorsSelect = {
  speaker: true,
  speakerShowsRole: true,
  speakerShowsOrganisation: true,
  organisationCountry: true,
  organisationIsMember: true,
  roleAtTheTime: true,
  organisationAtTheTime: true,
} satisfies SessionsSelect['contributions']

export const appearanceSessionSelect = {
  ...sessionLinkSelect,
  assembly: true,
  contributions: contributorsSelect,
} satisfies SessionsSelect

export const winCardSelect = {
  title: true,
  slug: true,
  summary: true,
  country: true,
  level: true,
  kind: true,
} satisfies WinsSelect

// Populated with the viewer's access: an unpublished source stays a bare id and is not shown.
export const sourceSelect = {
  title: true,
  publisher: true,
  year: true,
  link: true,
  url: true,
  filename: true,
} satisfies SourcesSelect
