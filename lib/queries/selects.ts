import type {
  MediaSelect,
  OrganisationsSelect,
  SourcesSelect,
  SpeakersSelect,
} from '@/payload-types'

/**
 * What a populated relationship brings, per collection: only what the cards and links show.
 * Passed as `populate` so a relation never drags a whole document (rich text, arrays) along.
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

/** A speaker as a byline: name, link and photo (or initials when there is none). */
export const speakerLinkSelect = {
  name: true,
  slug: true,
  photo: true,
} satisfies SpeakersSelect

/** An organisation as a link. */
export const organisationLinkSelect = {
  name: true,
  acronym: true,
  slug: true,
} satisfies OrganisationsSelect

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
