import { env } from '@/lib/env'

// Pages and the revalidation hooks both build paths here, so they cannot disagree.
export const paths = {
  home: () => '/',
  assemblies: () => '/assemblies',
  assembly: (year: number | string) => `/assemblies/${year}`,
  session: (year: number | string, slug: string) => `/assemblies/${year}/${slug}`,
  speakers: () => '/speakers',
  speaker: (slug: string) => `/speakers/${slug}`,
  organisations: () => '/organisations',
  organisation: (slug: string) => `/organisations/${slug}`,
  wins: () => '/wins',
  win: (slug: string) => `/wins/${slug}`,
  topics: () => '/topics',
  topic: (slug: string) => `/topics/${slug}`,
  search: () => '/search',
  sitemap: () => '/sitemap.xml',
} as const

export const absoluteUrl = (path: string): string => `${env().NEXT_PUBLIC_SERVER_URL}${path}`

// Lists too long for one page: page 1 is the address above, the rest take a path segment so each
// page can be rendered once and cached (a query string would render on every request).
// The segment /speakers/page/N takes: no speaker may have it as a slug (collections/Speakers.ts).
export const SPEAKERS_PAGE_SEGMENT = 'page'

export const pagedPaths = {
  speakers: (page: number) =>
    page > 1 ? `/speakers/${SPEAKERS_PAGE_SEGMENT}/${page}` : paths.speakers(),
  speakerAppearances: (slug: string, page: number) =>
    page > 1 ? `/speakers/${slug}/appearances/${page}` : `${paths.speaker(slug)}#appearances`,
  organisationAppearances: (slug: string, page: number) =>
    page > 1
      ? `/organisations/${slug}/appearances/${page}`
      : `${paths.organisation(slug)}#appearances`,
  topicSessions: (slug: string, page: number) =>
    page > 1 ? `/topics/${slug}/sessions/${page}` : `${paths.topic(slug)}#sessions`,
  /** The wins tracker filtered by one facet (lib/wins/keys.ts). */
  winsWith: (facet: 'topic' | 'presenting' | 'credited', slug: string) =>
    `${paths.wins()}?${new URLSearchParams({ [facet]: slug })}`,
} as const

// A page number from the address: anything but a plain positive integer is not a page (a 404).
export function parsePageNumber(raw: string | undefined): number | null {
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null
}
