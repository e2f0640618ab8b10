import { sql } from '@payloadcms/db-postgres'

import type { SqlExecutor } from '@/lib/compat/payload'
import { countryName } from '@/lib/countries'
import { organisationName } from '@/lib/format'
import { winFacets } from '@/lib/wins/keys'
import {
  applicableFilters,
  emptyFacetCounts,
  emptyFacetLabels,
  facetOptions,
  pageOf,
  type WinFacet,
  type WinQuery,
  type WinTracking,
  type WinSort,
  WINS_PER_PAGE,
} from '@/lib/wins/tracker'

/**
 * The public tracker in one statement: every facet's options with their labels and counts, the
 * total, and the ids of the page's wins, whatever the size of the record.
 *
 * Visitors read published documents only (access/publishedOrStaff.ts; topics are public), so every
 * table of a collection with drafts is read with `_status = 'published'`. The main table holds the
 * published version; a newer draft lives in `_wins_v` and is never read here. Drafts only show in
 * a staff preview, which lib/queries/wins.ts reads through the Local API instead. Every value the
 * visitor sends is a bound parameter.
 */

export type WinPageRelations = {
  assembly: { id: number; title: string; year: number; slug?: string | null } | null
  presenterOrganisation: PublishedOrganisation | null
  creditedOrganisations: PublishedOrganisation[]
}

type PublishedOrganisation = {
  id: number
  name: string
  acronym?: string | null
  slug?: string | null
}

/** The page's wins in order, with the published assembly and organisations each links to. */
export type WinTrackingIds = WinTracking<{ id: number } & WinPageRelations>

// Titles in ICU's root order, which the site's `localeCompare(…, 'en')` follows; equal titles newest
// first, as Payload's sort by title leaves them; then by id, so a page never repeats or skips a win.
const orderBy: Record<WinSort, ReturnType<typeof sql>> = {
  date: sql`pub.achieved_on DESC NULLS LAST, coalesce(pub.assembly_year, 0) DESC,
    pub.title COLLATE "und-x-icu", pub.created_at DESC, pub.id`,
  title: sql`pub.title COLLATE "und-x-icu", pub.created_at DESC, pub.id`,
}

// Facets whose chosen values apply even when no published win has them.
const ALWAYS_APPLIED: WinFacet[] = ['country', 'kind', 'level', 'year']

type Row = {
  kind: 'option' | 'win' | 'total'
  facet: WinFacet | null
  value: string | null
  name: string | null
  acronym: string | null
  count: number
  relations: WinPageRelations | null
}

export async function readWinTracking(db: SqlExecutor, query: WinQuery): Promise<WinTrackingIds> {
  const requested = winFacets.flatMap((facet) =>
    query.filters[facet].map((value) => ({ facet, value })),
  )
  const { rows } = await db.execute(sql`
    WITH pub AS (
      SELECT w.id, w.title, w.created_at, w.achieved_on, w.country::text AS country, w.kind::text AS kind,
        w.level::text AS level, w.assembly_id, a.year AS assembly_year,
        -- Not beside a presenter who withheld it (lib/consent).
        CASE WHEN w.presenter_shows_organisation THEN w.presenter_organisation_id END
          AS presenter_organisation_id,
        -- lib/wins/tracker.ts winYear: the year won, else the assembly's.
        coalesce(extract(year FROM w.achieved_on AT TIME ZONE 'UTC')::int, a.year::int)::text AS year
      FROM "wins" w
      LEFT JOIN "assemblies" a ON a.id = w.assembly_id AND a._status = 'published'
      WHERE w._status = 'published'
    ), vals AS (
      SELECT id, 'country' AS facet, country AS value, NULL::varchar AS name, NULL::varchar AS acronym
        FROM pub
      UNION ALL SELECT id, 'kind', kind, NULL, NULL FROM pub
      UNION ALL SELECT id, 'level', level, NULL, NULL FROM pub
      UNION ALL SELECT id, 'year', year, NULL, NULL FROM pub WHERE year IS NOT NULL
      UNION ALL SELECT pub.id, 'presenting', o.slug, o.name, o.acronym
        FROM pub JOIN "organisations" o ON o.id = pub.presenter_organisation_id
        WHERE o._status = 'published' AND o.slug <> ''
      UNION ALL SELECT pub.id, 'credited', o.slug, o.name, o.acronym
        FROM pub JOIN "wins_rels" r ON r.parent_id = pub.id AND r.path = 'creditedOrganisations'
        JOIN "organisations" o ON o.id = r.organisations_id
        WHERE o._status = 'published' AND o.slug <> ''
      UNION ALL SELECT pub.id, 'topic', t.slug, t.name, NULL
        FROM pub JOIN "wins_rels" r ON r.parent_id = pub.id AND r.path = 'topics'
        JOIN "topics" t ON t.id = r.topics_id
        WHERE t.slug <> ''
    ), asked AS (
      SELECT facet, value FROM unnest(
        ${sql.param(requested.map((each) => each.facet))}::text[],
        ${sql.param(requested.map((each) => each.value))}::text[]
      ) AS asked(facet, value)
    ), applied AS (
      -- An unknown topic or organisation is dropped, as in applicableFilters.
      SELECT facet, value FROM asked
      WHERE facet = ANY(${sql.param(ALWAYS_APPLIED)}::text[])
        OR EXISTS (SELECT 1 FROM vals WHERE vals.facet = asked.facet AND vals.value = asked.value)
    ), missed AS (
      -- Each filtered facet a win has none of the chosen values of.
      SELECT pub.id, f.facet FROM pub CROSS JOIN (SELECT DISTINCT facet FROM applied) f
      WHERE NOT EXISTS (
        SELECT 1 FROM vals JOIN applied ON applied.facet = vals.facet AND applied.value = vals.value
        WHERE vals.id = pub.id AND vals.facet = f.facet
      )
    ), status AS (
      SELECT pub.id, count(missed.facet) AS misses, min(missed.facet) AS missed_facet
      FROM pub LEFT JOIN missed ON missed.id = pub.id GROUP BY pub.id
    ), options AS (
      -- A facet counts the wins that every other filter lets through.
      SELECT vals.facet, vals.value, min(vals.name) AS name, min(vals.acronym) AS acronym,
        count(DISTINCT vals.id) FILTER (
          WHERE status.misses = 0 OR (status.misses = 1 AND status.missed_facet = vals.facet)
        )::int AS count
      FROM vals JOIN status ON status.id = vals.id
      GROUP BY vals.facet, vals.value
    ), matching AS (
      SELECT pub.*, row_number() OVER (ORDER BY ${orderBy[query.sort]})::int AS position
      FROM pub JOIN status ON status.id = pub.id AND status.misses = 0
    ), total AS (
      SELECT count(*)::int AS total FROM matching
    ), paging AS (
      SELECT least(${query.page}::int, greatest(1, ceil(total / ${WINS_PER_PAGE}::numeric)::int))
        AS page FROM total
    )
    SELECT 'option' AS kind, facet, value, name, acronym, count, NULL::jsonb AS relations
      FROM options
    UNION ALL
    SELECT 'total', NULL, NULL, NULL, NULL, total, NULL FROM total
    UNION ALL
    SELECT 'win', NULL, m.id::text, NULL, NULL, m.position, jsonb_build_object(
      'assembly', (
        SELECT jsonb_build_object('id', a.id, 'title', a.title, 'year', a.year, 'slug', a.slug)
        FROM "assemblies" a WHERE a.id = m.assembly_id AND a._status = 'published'
      ),
      'presenterOrganisation', (
        SELECT jsonb_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym, 'slug', o.slug)
        FROM "organisations" o WHERE o.id = m.presenter_organisation_id AND o._status = 'published'
      ),
      'creditedOrganisations', coalesce((
        SELECT jsonb_agg(
          jsonb_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym, 'slug', o.slug)
          ORDER BY r."order"
        )
        FROM "wins_rels" r JOIN "organisations" o ON o.id = r.organisations_id
        WHERE r.parent_id = m.id AND r.path = 'creditedOrganisations' AND o._status = 'published'
      ), '[]'::jsonb)
    )
    FROM matching m, paging
    WHERE m.position > (paging.page - 1) * ${WINS_PER_PAGE}
      AND m.position <= paging.page * ${WINS_PER_PAGE}
  `)
  return fromRows(rows as Row[], query)
}

function fromRows(rows: Row[], query: WinQuery): WinTrackingIds {
  const labels = emptyFacetLabels()
  const counts = emptyFacetCounts()
  const onPage: Array<{ position: number; win: WinTrackingIds['wins'][number] }> = []
  let total = 0
  for (const row of rows) {
    if (row.kind === 'total') total = row.count
    else if (row.kind === 'win' && row.relations) {
      onPage.push({ position: row.count, win: { id: Number(row.value), ...row.relations } })
    } else if (row.kind === 'option' && row.facet && row.value !== null) {
      counts[row.facet].set(row.value, row.count)
      const label = optionLabel(row.facet, row.value, row)
      // Kinds and levels keep the schema's labels and order, wins or not.
      if (label !== null) labels[row.facet].set(row.value, label)
    }
  }
  const filters = applicableFilters(labels, query.filters)
  const { page, pageCount } = pageOf(total, query.page)
  return {
    wins: onPage.sort((a, b) => a.position - b.position).map(({ win }) => win),
    total,
    page,
    pageCount,
    filters,
    sort: query.sort,
    facets: facetOptions(labels, counts, filters),
  }
}

function optionLabel(facet: WinFacet, value: string, row: Row): string | null {
  switch (facet) {
    case 'country':
      return countryName(value)
    case 'topic':
      return row.name ?? value
    case 'presenting':
    case 'credited':
      return organisationName({ name: row.name ?? value, acronym: row.acronym })
    case 'year':
      return value
    case 'kind':
    case 'level':
      return null
  }
}
