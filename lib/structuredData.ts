import { plainText } from '@/lib/richText'
import { excerpt } from '@/lib/format'
import { mediaPath } from '@/lib/media'
import { populated } from '@/lib/populated'
import { absoluteUrl, paths } from '@/lib/urls'
import type { Assembly, Media, Organisation, Speaker } from '@/payload-types'

/**
 * schema.org descriptions of the record's pages, embedded as JSON-LD so search engines and
 * other tools read who and what a page is about. Only recorded facts go in: a missing date,
 * place or photo is left out, never guessed.
 */
type JsonLd = Record<string, unknown>

const PICUM: JsonLd = {
  '@type': 'Organization',
  name: 'PICUM',
  alternateName: 'Platform for International Cooperation on Undocumented Migrants',
  url: 'https://picum.org',
}

const imageUrl = (image: Pick<Media, 'url'> | null | undefined) => {
  const path = mediaPath(image?.url)
  return path ? absoluteUrl(path) : undefined
}

const description = (value: unknown) => {
  const text = plainText(value)
  return text ? excerpt(text, 300) : undefined
}

type AssemblyForEvent = Pick<
  Assembly,
  'title' | 'year' | 'theme' | 'intro' | 'startDate' | 'endDate' | 'city' | 'country'
> & { heroImage?: number | Media | null }

/** An assembly as an Event. Without a recorded start date, its year stands in (valid ISO 8601). */
export function assemblyEvent(assembly: AssemblyForEvent): JsonLd {
  const place = assembly.city || assembly.country
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: assembly.title,
    description: assembly.theme ?? description(assembly.intro),
    url: absoluteUrl(paths.assembly(assembly.year)),
    startDate: assembly.startDate?.slice(0, 10) ?? String(assembly.year),
    ...(assembly.endDate ? { endDate: assembly.endDate.slice(0, 10) } : {}),
    ...(place
      ? {
          location: {
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              ...(assembly.city ? { addressLocality: assembly.city } : {}),
              ...(assembly.country ? { addressCountry: assembly.country } : {}),
            },
          },
        }
      : {}),
    image: imageUrl(populated(assembly.heroImage)),
    organizer: PICUM,
  }
}

type SpeakerForPerson = Pick<Speaker, 'name' | 'slug' | 'currentRole' | 'bio' | 'links'> & {
  currentOrganisation?: number | Pick<Organisation, 'id' | 'name' | 'slug'> | null
  photo?: number | Media | null
}

export function speakerPerson(speaker: SpeakerForPerson): JsonLd {
  const organisation = populated(speaker.currentOrganisation)
  const links = (speaker.links ?? []).map((link) => link.url)
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: speaker.name,
    url: absoluteUrl(paths.speaker(speaker.slug ?? '')),
    ...(speaker.currentRole ? { jobTitle: speaker.currentRole } : {}),
    ...(organisation
      ? {
          worksFor: {
            '@type': 'Organization',
            name: organisation.name,
            url: absoluteUrl(paths.organisation(organisation.slug ?? '')),
          },
        }
      : {}),
    description: description(speaker.bio),
    image: imageUrl(populated(speaker.photo)),
    ...(links.length ? { sameAs: links } : {}),
  }
}

type OrganisationForLd = Pick<
  Organisation,
  'name' | 'acronym' | 'slug' | 'website' | 'description' | 'city' | 'country'
> & { logo?: number | Media | null }

export function organisationLd(organisation: OrganisationForLd): JsonLd {
  const place = organisation.city || organisation.country
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    ...(organisation.acronym ? { alternateName: organisation.acronym } : {}),
    url: absoluteUrl(paths.organisation(organisation.slug ?? '')),
    ...(organisation.website ? { sameAs: [organisation.website] } : {}),
    description: description(organisation.description),
    logo: imageUrl(populated(organisation.logo)),
    ...(place
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(organisation.city ? { addressLocality: organisation.city } : {}),
            ...(organisation.country ? { addressCountry: organisation.country } : {}),
          },
        }
      : {}),
  }
}
