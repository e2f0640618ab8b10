import type { Metadata } from 'next'
import Link from 'next/link'

import { ActiveFilters, type ActiveFilter } from '@/components/ActiveFilters'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { Pagination } from '@/components/Pagination'
import { SearchResults } from '@/components/SearchResults'
import { countryName } from '@/lib/countries'
import { generateMeta } from '@/lib/generateMeta'
import { searchRecord } from '@/lib/queries/search'
import { type SearchCollection, searchTypeLabels } from '@/lib/search/collections'
import {
  MAX_QUERY_LENGTH,
  parseSearchParams,
  type SearchRequest,
  searchHref,
} from '@/lib/search/params'
import {
  type FacetCount,
  SEARCH_PAGE_SIZE,
  type SearchFacets,
  type SearchResults as Results,
} from '@/lib/search/query'
import { paths } from '@/lib/urls'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const title = 'Search'
const description =
  'Search every assembly, session, speaker, organisation, win and topic in the record of the PICUM General Assemblies.'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

function summary(request: SearchRequest, total: number): string {
  const filters = [
    request.type ? searchTypeLabels[request.type].many : null,
    request.year ? String(request.year) : null,
    request.country ? countryName(request.country) : null,
  ].filter(Boolean)
  const where = filters.length > 0 ? ` in ${filters.join(', ')}` : ''
  return `${plural(total, 'result', 'results')} for “${request.q}”${where}`
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parseSearchParams(await searchParams)
  const results = await searchRecord(request)
  return {
    ...generateMeta({
      title: results.status === 'done' ? `${summary(request, results.total)}: ${title}` : title,
      description,
      path: paths.search(),
    }),
    // Result pages are endless variations of the record's own pages: not for search engines.
    robots: { index: false, follow: true },
  }
}

type FilterName = keyof SearchFacets['withoutFilter']

type FilterField = {
  name: FilterName
  label: string
  anyLabel: string
  options: { value: string; label: string; count: number }[]
  selected: string | null
}

function filterField<Value extends string | number>(
  name: FilterName,
  label: string,
  anyLabel: string,
  options: FacetCount<Value>[],
  selected: Value | null,
  optionLabel: (value: Value) => string,
): FilterField {
  const shown =
    selected !== null && !options.some((option) => option.value === selected)
      ? [...options, { value: selected, count: 0 }]
      : options
  return {
    name,
    label,
    anyLabel,
    options: shown.map(({ value, count }) => ({
      value: String(value),
      label: optionLabel(value),
      count,
    })),
    selected: selected === null ? null : String(selected),
  }
}

const typeLabel = (type: SearchCollection) => searchTypeLabels[type].many

function filterFields(request: SearchRequest, facets: SearchFacets): FilterField[] {
  const countries = [...facets.countries].sort((a, b) =>
    countryName(a.value).localeCompare(countryName(b.value), 'en'),
  )
  return [
    filterField('type', 'Type', 'All types', facets.types, request.type, typeLabel),
    filterField('year', 'Year', 'Any year', facets.years, request.year, String),
    filterField('country', 'Country', 'Any country', countries, request.country, (value) =>
      countryName(value),
    ),
  ]
}

function FilterSelect({ field, anyCount }: { field: FilterField; anyCount: number }) {
  const id = `search-${field.name}`
  return (
    <div className="search-filters__field">
      <label htmlFor={id}>{field.label}</label>
      <select id={id} name={field.name} defaultValue={field.selected ?? ''}>
        <option value="">
          {field.anyLabel} ({anyCount})
        </option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  )
}

function ResultsSection({ request, results }: { request: SearchRequest; results: Results }) {
  if (results.status === 'idle') {
    return (
      <section className="section search-help" aria-labelledby="search-help">
        <h2 id="search-help">What you can search for</h2>
        <p>
          Names of people and organisations, countries, topics, laws and places: anything said at a
          General Assembly. Or browse the <Link href={paths.assemblies()}>assemblies</Link>, the{' '}
          <Link href={paths.wins()}>wins</Link> or the <Link href={paths.topics()}>topics</Link>.
        </p>
      </section>
    )
  }
  if (results.status === 'no-terms') {
    return (
      <section className="section" aria-labelledby="results-heading">
        <h2 id="results-heading">Nothing to search for</h2>
        <p role="status">
          “{request.q}” has no word to look for: very common words, punctuation and words after a
          minus sign are left out. Try a name, a place or a topic.
        </p>
      </section>
    )
  }

  const filters: ActiveFilter[] = [
    request.type
      ? {
          label: searchTypeLabels[request.type].many,
          removeHref: searchHref({ ...request, type: null, page: 1 }),
        }
      : null,
    request.year
      ? { label: String(request.year), removeHref: searchHref({ ...request, year: null, page: 1 }) }
      : null,
    request.country
      ? {
          label: countryName(request.country),
          removeHref: searchHref({ ...request, country: null, page: 1 }),
        }
      : null,
  ].filter((filter): filter is ActiveFilter => filter !== null)
  const first = (results.page - 1) * SEARCH_PAGE_SIZE + 1
  const last = first + results.hits.length - 1

  return (
    <section className="section search-results-section" aria-labelledby="results-heading">
      <h2 id="results-heading">{summary(request, results.total)}</h2>
      <ActiveFilters filters={filters} clearHref={searchHref({ q: request.q })} />
      {results.total === 0 ? (
        <div role="status" className="search-empty">
          <p>Nothing was found.</p>
          <ul>
            <li>
              Check the spelling, or try fewer or shorter words: “regular” also finds
              “regularisation”.
            </li>
            {filters.length > 0 ? (
              <li>
                <Link href={searchHref({ q: request.q })}>Search without the filters</Link>.
              </li>
            ) : null}
          </ul>
        </div>
      ) : results.hits.length === 0 ? (
        <p role="status">
          There is no page {results.page} of these results.{' '}
          <Link href={searchHref({ ...request, page: 1 })}>Go to the first page</Link>.
        </p>
      ) : (
        <>
          <p role="status" className="meta">
            {results.pageCount > 1
              ? `Showing ${first} to ${last} of ${results.total}, best matches first.`
              : 'Best matches first.'}
          </p>
          <SearchResults hits={results.hits} start={first} />
          <Pagination
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={(page) => searchHref({ ...request, page })}
            label="Pages of results"
          />
        </>
      )}
    </section>
  )
}

export default async function SearchPage({ searchParams }: Props) {
  const request = parseSearchParams(await searchParams)
  const results = await searchRecord(request)
  const found = results.status === 'done' ? results : null
  const filtered = Boolean(request.type || request.year || request.country)

  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={title} />
      <PageHeader title="Search the record" titleId="search-title" lede={description} />

      <form
        method="get"
        action={paths.search()}
        role="search"
        aria-labelledby="search-title"
        className="search-form"
      >
        <div className="search-form__query">
          <label htmlFor="search-q">Words to look for</label>
          <div className="search-form__row">
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={request.q}
              maxLength={MAX_QUERY_LENGTH}
              aria-describedby="search-tips"
              autoComplete="off"
            />
            <button type="submit" className="button">
              Search
            </button>
          </div>
          <p id="search-tips" className="meta">
            “Quotes” find a phrase, a minus sign leaves a word out (pushbacks -Greece), and “or”
            finds either word. Accents and word endings do not matter.
          </p>
          {request.truncated ? (
            <p className="search-form__note">
              Only the first {MAX_QUERY_LENGTH} characters of your search were used.
            </p>
          ) : null}
        </div>

        {found && (found.total > 0 || filtered) ? (
          <fieldset className="search-filters">
            <legend>Narrow the results</legend>
            <div className="search-filters__fields">
              {filterFields(request, found.facets).map((field) => (
                <FilterSelect
                  key={field.name}
                  field={field}
                  anyCount={found.facets.withoutFilter[field.name]}
                />
              ))}
              <button type="submit" className="button button--secondary">
                Apply filters
              </button>
            </div>
          </fieldset>
        ) : null}
      </form>

      <ResultsSection request={request} results={results} />
    </div>
  )
}
