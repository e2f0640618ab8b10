import { excerpt } from '@/lib/format'
import { mediaPath } from '@/lib/media'
import { populated } from '@/lib/populated'
import { plainText } from '@/lib/richText'
import { type ShownCitation, sourceHref } from '@/lib/sources'
import { absoluteUrl, paths } from '@/lib/urls'
import type { Assembly, Media, Organisation, Speaker } from '@/payload-types'

// schema.org JSON-LD for the record's pages. Only recorded facts go in: a missing one is left out.
type JsonLd = Record<string, unknown>

const recordNode = (type: string, name: string, path: string): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': type,
  name,
  url: absoluteUrl(path),
})

function citedWork({ source, locator }: ShownCitation): JsonLd {
  const href = sourceHref(source)
  const work: JsonLd = {
    '@type': 'CreativeWork',
    name: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.year ? { datePublished: String(source.year) } : {}),
    ...(href ? { url: href.startsWith('/') ? absoluteUrl(href) : href } : {}),
  }
  return locator ? { '@type': 'CreativeWork', name: locator, isPartOf: work } : work
}

// A WebPage carries the sources: schema.org gives isBasedOn to creative works, not to an Event etc.
export function recordPageLd({
  path,
  name,
  citations,
  mainEntity,
}: {
  path: string
  name: string
  citations: ShownCitation[]
  mainEntity?: JsonLd
}): JsonLd {
  const url = absoluteUrl(path)
  const page: JsonLd = {
    '@type': 'WebPage',
    '@id': url,
    url,
    name,
    ...(citations.length ? { isBasedOn: citations.map(citedWork) } : {}),
  }
  if (!mainEntity) return { '@context': 'https://schema.org', ...page }
  const { '@context': _context, ...entity } = mainEntity
  const entityId = `${url}#subject`
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { ...entity, '@id': entityId },
      { ...page, mainEntity: { '@id': entityId } },
    ],
  }
}

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

function postalAddress(city: string | null | undefined, country: string | null | undefined) {
  if (!city && !country) return undefined
  return {
    '@type': 'PostalAddress',
    ...(city ? { addressLocality: city } : {}),
    ...(country ? { addressCountry: country } : {}),
  }
}

type AssemblyForEvent = Pick<
  Assembly,
  'title' | 'year' | 'theme' | 'intro' | 'startDate' | 'endDate' | 'city' | 'country'
> & { heroImage?: number | Media | null }

// Without a recorded start date, the year stands in (valid ISO 8601).
export function assemblyEvent(assembly: AssemblyForEvent): JsonLd {
  const address = postalAddress(assembly.city, assembly.country)
  return {
    ...recordNode('Event', assembly.title, paths.assembly(assembly.year)),
    description: assembly.theme ?? description(assembly.intro),
    startDate: assembly.startDate?.slice(0, 10) ?? String(assembly.year),
    ...(assembly.endDate ? { endDate: assembly.endDate.slice(0, 10) } : {}),
    ...(address ? { location: { '@type': 'Place', address } } : {}),
    image: imageUrl(populated(assembly.heroImage)),
    organizer: PICUM,
  }
}

type SpeakerForPerson = Pick<
  Speaker,
  'name' | 'slug' | 'role' | 'roleRecordedIn' | 'bio' | 'links'
> & {
  organisation?: number | Pick<Organisation, 'id' | 'name' | 'slug'> | null
  photo?: number | Media | null
}

// The role is true of one recorded year, so it is an OrganizationRole saying the year, not a
// `jobTitle`, which readers take to mean today.
export function speakerPerson(speaker: SpeakerForPerson): JsonLd {
  const organisation = populated(speaker.organisation)
  const links = (speaker.links ?? []).map((link) => link.url)
  const recorded = speaker.roleRecordedIn ? `Recorded in ${speaker.roleRecordedIn}` : undefined
  return {
    ...recordNode('Person', speaker.name, paths.speaker(speaker.slug ?? '')),
    ...(organisation
      ? {
          affiliation: {
            '@type': 'OrganizationRole',
            ...(speaker.role ? { roleName: speaker.role } : {}),
            ...(recorded ? { description: recorded } : {}),
            affiliation: {
              '@type': 'Organization',
              name: organisation.name,
              url: absoluteUrl(paths.organisation(organisation.slug ?? '')),
            },
          },
        }
      : speaker.role
        ? {
            hasOccupation: {
              '@type': 'Occupation',
              name: speaker.role,
              ...(recorded ? { description: recorded } : {}),
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
  const address = postalAddress(organisation.city, organisation.country)
  return {
    ...recordNode('Organization', organisation.name, paths.organisation(organisation.slug ?? '')),
    ...(organisation.acronym ? { alternateName: organisation.acronym } : {}),
    ...(organisation.website ? { sameAs: [organisation.website] } : {}),
    description: description(organisation.description),
    logo: imageUrl(populated(organisation.logo)),
    ...(address ? { address } : {}),
  }
}
