import type { Source } from '@/payload-types'

/**
 * How the site shows where a record's facts come from. A citation whose source the visitor may
 * not read (an unpublished source) comes back from Payload as a bare id and is left out.
 */
export type CitedSource = Pick<Source, 'id' | 'title' | 'publisher' | 'year' | 'link' | 'url'>

export type ShownCitation = { source: CitedSource; locator: string | null }

type CitationList = ReadonlyArray<{
  source: number | CitedSource
  locator?: string | null
}> | null

/** The citations with a readable source, without repeats (a source and locator shown once). */
export function shownCitations(...lists: Array<CitationList | undefined>): ShownCitation[] {
  const seen = new Set<string>()
  return lists.flatMap((list) =>
    (list ?? []).flatMap((citation) => {
      const source = typeof citation.source === 'object' ? citation.source : null
      if (!source) return []
      const locator = citation.locator?.trim() || null
      const key = `${source.id}\u0000${locator ?? ''}`
      if (seen.has(key)) return []
      seen.add(key)
      return [{ source, locator }]
    }),
  )
}

/** Payload gives a source's file an absolute URL on its server: pages use the path. */
export function sourceFilePath(url: string | null | undefined): string | null {
  if (!url) return null
  let path: string
  try {
    const parsed = new URL(url, 'http://local.invalid')
    path = parsed.pathname
  } catch {
    return null
  }
  return path.startsWith('/api/sources/file/') ? path : null
}

/** Where a source can be read: its link, otherwise its file on this site, otherwise nowhere. */
export const sourceHref = (source: CitedSource): string | null =>
  source.link || sourceFilePath(source.url)

/** "PICUM, 2025": who published it and when, as far as the record knows. */
export const sourceDetails = (source: CitedSource): string =>
  [source.publisher, source.year ? String(source.year) : null].filter(Boolean).join(', ')

/** "Source: Title, PICUM, 2025 — Section": one citation as plain text (search, metadata). */
export const sourceLine = ({ source, locator }: ShownCitation): string =>
  `Source: ${[source.title, sourceDetails(source)].filter(Boolean).join(', ')}${locator ? ` — ${locator}` : ''}`
