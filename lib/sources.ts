import type { Source } from '@/payload-types'

// An unpublished source comes back from Payload as a bare id and is left out.
export type CitedSource = Pick<Source, 'id' | 'title' | 'publisher' | 'year' | 'link' | 'url'>

export type ShownCitation = { source: CitedSource; locator: string | null }

type CitationList = ReadonlyArray<{
  source: number | CitedSource
  locator?: string | null
}> | null

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

export const sourceHref = (source: CitedSource): string | null =>
  source.link || sourceFilePath(source.url)

export const sourceDetails = (source: CitedSource): string =>
  [source.publisher, source.year ? String(source.year) : null].filter(Boolean).join(', ')

export const sourceLine = ({ source, locator }: ShownCitation): string =>
  `Source: ${[source.title, sourceDetails(source)].filter(Boolean).join(', ')}${locator ? ` — ${locator}` : ''}`
