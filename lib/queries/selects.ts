import type { MediaSelect, OrganisationsSelect, SpeakersSelect } from '@/payload-types'

/**
 * What a populated relationship brings, per collection: only what the cards and links show.
 * Passed as `populate` so a relation never drags a whole document (rich text, arrays) along.
 */

/**
 * An image: its alt text (required on every upload) and what next/image needs. Payload computes
 * `url` from `filename`, so both are selected.
 */
export const imageSelect = {
  alt: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: { thumbnail: { url: true, filename: true, width: true, height: true } },
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
