import { countryName } from '@/lib/countries'

// Dates are days, shown in UTC so a day never shifts with the server's time zone.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

export const formatDay = (iso: string): string => dayFormat.format(new Date(iso))

export function formatDateRange(start?: string | null, end?: string | null): string | null {
  if (!start) return null
  if (!end || end.slice(0, 10) === start.slice(0, 10)) return formatDay(start)
  return dayFormat.formatRange(new Date(start), new Date(end))
}

export function formatPlace(city?: string | null, country?: string | null): string | null {
  const parts = [city, country ? countryName(country) : null].filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

export const formatNumber = (value: number): string => value.toLocaleString('en-GB')

// Search engines show about 155 characters.
export function excerpt(text: string, maxLength = 155): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= maxLength) return flat
  const cut = flat.slice(0, maxLength - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]
  const last = words.length > 1 ? words[words.length - 1] : undefined
  return [first, last]
    .map((word) => (word ? Array.from(word)[0]!.toLocaleUpperCase('en-GB') : ''))
    .join('')
}

export const organisationName = (org: { name: string; acronym?: string | null }): string =>
  org.acronym && org.acronym !== org.name ? `${org.name} (${org.acronym})` : org.name

/** What a contribution says in place of an organisation its speaker withheld (lib/consent). */
export type WithheldOrganisation = {
  organisationCountry?: string | null
  organisationIsMember?: boolean | null
}

export const withheldOrganisation = ({
  organisationCountry: country,
  organisationIsMember: member,
}: WithheldOrganisation): string | null =>
  country
    ? `${member ? 'a member organisation' : 'an organisation'} in ${countryName(country)}`
    : null
