import { env } from '@/lib/env'

/**
 * Every public address in one place: pages, the sitemap, canonical links and the revalidation
 * hooks all build paths here, so a page and the hook that refreshes it cannot disagree.
 */
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

/** `/speakers/x` → `https://assembly.picum.org/speakers/x` (sitemap and JSON-LD need full URLs). */
export const absoluteUrl = (path: string): string => `${env().NEXT_PUBLIC_SERVER_URL}${path}`
