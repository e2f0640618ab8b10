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
