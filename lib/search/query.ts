import { sql } from '@payloadcms/db-postgres'

import type { SqlExecutor } from '@/lib/compat/payload'
import {
  isSearchCollection,
  searchCollections,
  type SearchCollection,
} from '@/lib/search/collections'
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type HighlightPart,
  parseHighlight,
} from '@/lib/search/highlight'
import type { SearchRequest } from '@/lib/search/params'
import { withPrefixMatching } from '@/lib/search/tsquery'

// Every value the visitor sends is a bound parameter.

export const SEARCH_PAGE_SIZE = 10

export type SearchHit = {
  collection: SearchCollection
  id: number
  path: string
  title: HighlightPart[]
  meta: string
  snippet: HighlightPart[]
  years: number[]
  country: string | null
  sources: string[]
}

export type FacetCount<Value> = { value: Value; count: number }

export type SearchFacets = {
  types: FacetCount<SearchCollection>[]
  years: FacetCount<number>[]
  countries: FacetCount<string>[]
  withoutFilter: { type: number; year: number; country: number }
}

export type SearchResults =
  | { status: 'idle' }
  | { status: 'no-terms' }
  | {
      status: 'done'
      total: number
      page: number
      pageCount: number
      hits: SearchHit[]
      facets: SearchFacets
    }

const marks = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}"`
const TITLE_HEADLINE = `HighlightAll=true, ${marks}`
const SNIPPET_HEADLINE = `MaxWords=32, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … ", ${marks}`

// ts_headline cuts passages without saying so.
function withEllipses(parts: HighlightPart[], bodyStart: string, bodyEnd: string): HighlightPart[] {
  const snippet = parts.map((part) => part.text).join('')
  if (!snippet.trim()) return []
  const probe = (text: string) =>
    text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  const startsText = probe(bodyStart).startsWith(probe(snippet.slice(0, 40)))
  const endsText = probe(bodyEnd).endsWith(probe(snippet.slice(-40)))
  return [
    ...(startsText ? [] : [{ text: '… ', match: false }]),
    ...parts,
    ...(endsText ? [] : [{ text: ' …', match: false }]),
  ]
}

export async function runSearch(db: SqlExecutor, request: SearchRequest): Promise<SearchResults> {
  if (!request.q) return { status: 'idle' }

  const { rows: parsed } = await db.execute(sql`
    SELECT websearch_to_tsquery('picum_search', ${request.q})::text AS words,
      querytree(websearch_to_tsquery('picum_search', ${request.q})) AS indexable`)
  const words = String(parsed[0]?.words ?? '')
  // querytree is 'T' when nothing can use the index: a query that only leaves words out.
  if (!words || parsed[0]?.indexable === 'T') return { status: 'no-terms' }
  const prefix = withPrefixMatching(words)

  const type = request.type ? sql`AND d.collection = ${request.type}` : sql``
  const year = request.year ? sql`AND d.years @> ARRAY[${request.year}]::smallint[]` : sql``
  const country = request.country ? sql`AND d.country = ${request.country}` : sql``
  const offset = (request.page - 1) * SEARCH_PAGE_SIZE

  const [{ rows: found }, { rows: counted }] = await Promise.all([
    // Ranked on both forms so a whole-word match outranks a prefix-only one. Snippets for the page
    // only: ts_headline re-reads the whole text.
    db.execute(sql`
      WITH query AS (
        SELECT ${prefix}::tsquery AS prefix, websearch_to_tsquery('picum_search', ${request.q}) AS exact
      ), page AS (
        SELECT d.collection, d.doc_id, d.path, d.title, d.meta, d.body, d.years, d.country, d.source,
          ts_rank(d.vector, query.prefix) + ts_rank(d.vector, query.exact) AS rank
        FROM search_documents d, query
        WHERE d.vector @@ query.prefix ${type} ${year} ${country}
        ORDER BY rank DESC, d.title, d.collection, d.doc_id
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
      )
      SELECT page.collection, page.doc_id, page.path, page.meta, page.years, page.country, page.source,
        ts_headline('picum_search', page.title, query.prefix, ${TITLE_HEADLINE}) AS title,
        ts_headline('picum_search', page.body, query.prefix, ${SNIPPET_HEADLINE}) AS snippet,
        left(page.body, 80) AS body_start, right(page.body, 80) AS body_end
      FROM page, query
      ORDER BY page.rank DESC, page.title, page.collection, page.doc_id`),
    db.execute(sql`
      WITH d AS (
        SELECT collection, years, country FROM search_documents
        WHERE vector @@ ${prefix}::tsquery
      )
      SELECT 'total' AS facet, NULL AS value, count(*)::int AS count
        FROM d WHERE true ${type} ${year} ${country}
      UNION ALL
      SELECT 'without', 'type', count(*)::int FROM d WHERE true ${year} ${country}
      UNION ALL
      SELECT 'without', 'year', count(*)::int FROM d WHERE true ${type} ${country}
      UNION ALL
      SELECT 'without', 'country', count(*)::int FROM d WHERE true ${type} ${year}
      UNION ALL
      SELECT 'type', d.collection, count(*)::int
        FROM d WHERE true ${year} ${country} GROUP BY d.collection
      UNION ALL
      SELECT 'year', matched_year::text, count(*)::int
        FROM d, unnest(d.years) AS matched_year WHERE true ${type} ${country} GROUP BY matched_year
      UNION ALL
      SELECT 'country', d.country, count(*)::int
        FROM d WHERE d.country IS NOT NULL ${type} ${year} GROUP BY d.country`),
  ])

  const facets: SearchFacets = {
    types: [],
    years: [],
    countries: [],
    withoutFilter: { type: 0, year: 0, country: 0 },
  }
  let total = 0
  for (const row of counted) {
    const count = Number(row.count)
    const value = String(row.value)
    if (row.facet === 'total') total = count
    else if (
      row.facet === 'without' &&
      (value === 'type' || value === 'year' || value === 'country')
    ) {
      facets.withoutFilter[value] = count
    } else if (row.facet === 'type' && isSearchCollection(value))
      facets.types.push({ value, count })
    else if (row.facet === 'year') facets.years.push({ value: Number(value), count })
    else if (row.facet === 'country') facets.countries.push({ value, count })
  }
  facets.types.sort(
    (a, b) => searchCollections.indexOf(a.value) - searchCollections.indexOf(b.value),
  )
  facets.years.sort((a, b) => b.value - a.value)

  const hits = found.flatMap((row): SearchHit[] =>
    isSearchCollection(row.collection)
      ? [
          {
            collection: row.collection,
            id: Number(row.doc_id),
            path: String(row.path),
            title: parseHighlight(String(row.title)),
            meta: String(row.meta),
            snippet: withEllipses(
              parseHighlight(String(row.snippet ?? '')),
              String(row.body_start ?? ''),
              String(row.body_end ?? ''),
            ),
            years: (row.years as number[] | null) ?? [],
            country: row.country ? String(row.country) : null,
            sources: String(row.source ?? '')
              .split('\n')
              .filter((line) => line.trim() !== ''),
          },
        ]
      : [],
  )
  return {
    status: 'done',
    total,
    page: request.page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    hits,
    facets,
  }
}
