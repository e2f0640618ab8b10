import { countryName, isCountryCode } from '@/lib/countries'
import { organisationName } from '@/lib/format'
import { winKindLabels, winLevelLabels } from '@/lib/labels'
import { populated, populatedList } from '@/lib/populated'
import { isSlug } from '@/lib/slugify'
import { paths } from '@/lib/urls'
import { LEGACY_ORGANISATION_KEY, winFacets } from '@/lib/wins/keys'
import type { Organisation, Topic, Win } from '@/payload-types'

/** The year won if recorded, else the assembly's; the search index uses it too, to filter alike. */
export function winYear(
  achievedOn: string | null | undefined,
  assemblyYear: number | null | undefined,
): number | null {
  if (achievedOn) {
    const year = new Date(achievedOn).getUTCFullYear()
    if (Number.isInteger(year)) return year
  }
  return assemblyYear ?? null
}

export type WinFacet = (typeof winFacets)[number]

export const winFacetLabels: Record<WinFacet, string> = {
  country: 'Country',
  topic: 'Topic',
  kind: 'Kind of win',
  level: 'Level',
  year: 'Year',
  presenting: 'Presented for (organisation)',
  credited: 'Credited to (organisation)',
}

export type WinFilters = Record<WinFacet, string[]>

export const winSorts = { date: 'Date won, newest first', title: 'Title, A to Z' } as const
export type WinSort = keyof typeof winSorts

export type WinQuery = { filters: WinFilters; sort: WinSort; page: number }

export type RawSearchParams = Record<string, string | string[] | undefined>

export const WINS_PER_PAGE = 20
/** More values than any facet has options: a URL cannot make the tracker do unbounded work. */
const MAX_VALUES_PER_FACET = 50
const MAX_PAGE = 1000

const kindValues = Object.keys(winKindLabels) as Win['kind'][]
const levelValues = Object.keys(winLevelLabels) as Win['level'][]

const wellFormed: Record<WinFacet, (value: string) => boolean> = {
  country: isCountryCode,
  topic: isSlug,
  kind: (value) => (kindValues as string[]).includes(value),
  level: (value) => (levelValues as string[]).includes(value),
  year: (value) => /^\d{4}$/.test(value),
  presenting: isSlug,
  credited: isSlug,
}

const valuesOf = (raw: string | string[] | undefined): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((value) => value.trim())

export const emptyWinFilters = (): WinFilters => ({
  country: [],
  topic: [],
  kind: [],
  level: [],
  year: [],
  presenting: [],
  credited: [],
})

// Malformed values are dropped, not an error: an old or hand-edited link still opens the tracker.
export function parseWinQuery(params: RawSearchParams): WinQuery {
  const filters = emptyWinFilters()
  for (const facet of winFacets) {
    const raw = valuesOf(params[facet])
    if (facet === 'presenting') raw.push(...valuesOf(params[LEGACY_ORGANISATION_KEY]))
    const values = raw.map((value) => (facet === 'country' ? value.toUpperCase() : value))
    filters[facet] = [...new Set(values.filter(wellFormed[facet]))].slice(0, MAX_VALUES_PER_FACET)
  }
  const sort = valuesOf(params.sort)[0]
  const page = valuesOf(params.page)[0] ?? ''
  return {
    filters,
    sort: sort === 'title' ? 'title' : 'date',
    page: /^\d{1,4}$/.test(page) ? Math.min(Math.max(Number(page), 1), MAX_PAGE) : 1,
  }
}

export function winsHref({
  filters,
  sort,
  page = 1,
}: {
  filters: WinFilters
  sort: WinSort
  page?: number
}): string {
  const params = new URLSearchParams()
  for (const facet of winFacets) for (const value of filters[facet]) params.append(facet, value)
  if (sort !== 'date') params.set('sort', sort)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${paths.wins()}?${query}` : paths.wins()
}

export type TrackableWin = Pick<
  Win,
  'id' | 'title' | 'country' | 'kind' | 'level' | 'achievedOn'
> & {
  assembly?: number | { id: number; year: number } | null
  topics?: Array<number | Pick<Topic, 'id' | 'name' | 'slug'>> | null
  presenterOrganisation?: number | TrackedOrganisation | null
  creditedOrganisations?: Array<number | TrackedOrganisation> | null
}

type TrackedOrganisation = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

const slugsOf = (organisations: TrackedOrganisation[]) =>
  organisations.flatMap((org) => (org.slug ? [org.slug] : []))

function valuesOfWin(win: TrackableWin): WinFilters {
  const year = winYear(win.achievedOn, populated(win.assembly)?.year)
  return {
    country: [win.country],
    topic: populatedList(win.topics).flatMap((topic) => (topic.slug ? [topic.slug] : [])),
    kind: [win.kind],
    level: [win.level],
    year: year === null ? [] : [String(year)],
    presenting: slugsOf([populated(win.presenterOrganisation)].filter((org) => org !== null)),
    credited: slugsOf(populatedList(win.creditedOrganisations)),
  }
}

export type WinFacetOption = { value: string; label: string; count: number; selected: boolean }

/** One page of the wins tracker, whatever each win carries. */
export type WinTracking<W> = {
  wins: W[]
  total: number
  page: number
  pageCount: number
  filters: WinFilters
  sort: WinSort
  facets: Record<WinFacet, WinFacetOption[]>
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en')

const compare = {
  title: (a: TrackableWin, b: TrackableWin) => a.title.localeCompare(b.title, 'en'),
  date: (a: TrackableWin, b: TrackableWin) => {
    if (a.achievedOn && b.achievedOn && a.achievedOn !== b.achievedOn) {
      return a.achievedOn < b.achievedOn ? 1 : -1
    }
    if (Boolean(a.achievedOn) !== Boolean(b.achievedOn)) return a.achievedOn ? -1 : 1
    const yearOf = (win: TrackableWin) => populated(win.assembly)?.year ?? 0
    return yearOf(b) - yearOf(a) || a.title.localeCompare(b.title, 'en')
  },
}

export type FacetLabels = Record<WinFacet, Map<string, string>>
export type FacetCounts = Record<WinFacet, Map<string, number>>

/** Every kind and level, in the schema's order; the other facets' options come from the wins. */
export const emptyFacetLabels = (): FacetLabels => ({
  country: new Map(),
  topic: new Map(),
  kind: new Map(kindValues.map((value) => [value, winKindLabels[value]])),
  level: new Map(levelValues.map((value) => [value, winLevelLabels[value]])),
  year: new Map(),
  presenting: new Map(),
  credited: new Map(),
})

export const emptyFacetCounts = (): FacetCounts => ({
  country: new Map(),
  topic: new Map(),
  kind: new Map(),
  level: new Map(),
  year: new Map(),
  presenting: new Map(),
  credited: new Map(),
})

/**
 * The filters that apply: values some published win has, plus any country or year. Unknown
 * countries and years are added to `labels` so they show, ticked, with no win.
 */
export function applicableFilters(labels: FacetLabels, requested: WinFilters): WinFilters {
  const filters = emptyWinFilters()
  for (const facet of winFacets) {
    for (const value of requested[facet]) {
      if (!labels[facet].has(value)) {
        // Countries and years mean something without a win; an unknown slug does not.
        if (facet === 'country') labels.country.set(value, countryName(value))
        else if (facet === 'year') labels.year.set(value, value)
        else continue
      }
      filters[facet].push(value)
    }
  }
  return filters
}

export function facetOptions(
  labels: FacetLabels,
  counts: FacetCounts,
  filters: WinFilters,
): Record<WinFacet, WinFacetOption[]> {
  const facets = {} as Record<WinFacet, WinFacetOption[]>
  for (const facet of winFacets) {
    const options = [...labels[facet]].map(([value, label]) => ({
      value,
      label,
      count: counts[facet].get(value) ?? 0,
      selected: filters[facet].includes(value),
    }))
    if (facet === 'year') options.sort((a, b) => Number(b.value) - Number(a.value))
    else if (facet !== 'kind' && facet !== 'level') options.sort(byLabel)
    facets[facet] = options
  }
  return facets
}

/** A page past the end shows the last one. */
export function pageOf(total: number, requested: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / WINS_PER_PAGE))
  return { page: Math.min(requested, pageCount), pageCount }
}

/**
 * Options within a facet are alternatives, facets all apply. A facet's counts apply every filter
 * but its own, so each count is what ticking that option would add. In memory, for a staff
 * preview (drafts are in the versions table); the public tracker does the same in SQL
 * (lib/wins/query.ts), and tests hold the two to the same answers.
 */
export function trackWins<W extends TrackableWin>(allWins: W[], query: WinQuery): WinTracking<W> {
  const entries = allWins.map((win) => ({ win, values: valuesOfWin(win) }))

  const labels = emptyFacetLabels()
  for (const { win, values } of entries) {
    labels.country.set(win.country, countryName(win.country))
    for (const topic of populatedList(win.topics))
      if (topic.slug) labels.topic.set(topic.slug, topic.name)
    const presentedFor = populated(win.presenterOrganisation)
    if (presentedFor?.slug) labels.presenting.set(presentedFor.slug, organisationName(presentedFor))
    for (const org of populatedList(win.creditedOrganisations)) {
      if (org.slug) labels.credited.set(org.slug, organisationName(org))
    }
    for (const year of values.year) labels.year.set(year, year)
  }
  const filters = applicableFilters(labels, query.filters)

  const matchesFacet = (values: WinFilters, facet: WinFacet) =>
    filters[facet].length === 0 || values[facet].some((value) => filters[facet].includes(value))
  const matchesAllBut = (values: WinFilters, skipped?: WinFacet) =>
    winFacets.every((facet) => facet === skipped || matchesFacet(values, facet))

  const counts = emptyFacetCounts()
  for (const facet of winFacets) {
    for (const { values } of entries) {
      if (!matchesAllBut(values, facet)) continue
      for (const value of new Set(values[facet])) {
        counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1)
      }
    }
  }

  const matching = entries
    .filter(({ values }) => matchesAllBut(values))
    .map(({ win }) => win)
    .sort(compare[query.sort])
  const { page, pageCount } = pageOf(matching.length, query.page)
  return {
    wins: matching.slice((page - 1) * WINS_PER_PAGE, page * WINS_PER_PAGE),
    total: matching.length,
    page,
    pageCount,
    filters,
    sort: query.sort,
    facets: facetOptions(labels, counts, filters),
  }
}

/** Whether a query is the unfiltered first page: the static /wins, the only one cached. */
export const isUnfilteredQuery = (query: WinQuery): boolean =>
  activeFilterCount(query.filters) === 0 && query.sort === 'date' && query.page === 1

export const activeFilterCount = (filters: WinFilters): number =>
  winFacets.reduce((sum, facet) => sum + filters[facet].length, 0)
