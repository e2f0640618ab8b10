import type { Metadata } from 'next'
import Link from 'next/link'

import { ActiveFilters } from '@/components/ActiveFilters'
import { type Listing, ListingPage, listingMetadata } from '@/components/ListingPage'
import { Pagination } from '@/components/Pagination'
import { TrackedWinList } from '@/components/TrackedWinList'
import { WinFilters } from '@/components/WinFilters'
import { trackPublishedWins, type TrackedWin } from '@/lib/queries/wins'
import { paths } from '@/lib/urls'
import {
  activeFilterCount,
  emptyWinFilters,
  winFacets,
  winsHref,
  WINS_PER_PAGE,
  type WinQuery,
  type WinTracking,
} from '@/lib/wins'

export const winsListing: Listing = {
  title: 'Wins',
  description:
    'Victories that PICUM members and partners have reported at the General Assemblies: laws passed, people regularised, court judgments and rights won.',
  // Every filtered view is a view of the one tracker.
  path: paths.wins(),
  collection: 'wins',
}

type Tracking = WinTracking<TrackedWin>

function summary(tracking: Tracking): string {
  const count = `${tracking.total} ${tracking.total === 1 ? 'win' : 'wins'}`
  const chosen = winFacets.flatMap((facet) =>
    tracking.facets[facet].filter((option) => option.selected).map((option) => option.label),
  )
  return chosen.length > 0 ? `${count}: ${chosen.join(', ')}` : count
}

export async function winsTrackerMetadata(query: WinQuery): Promise<Metadata> {
  const tracking = await trackPublishedWins(query)
  const { title } = winsListing
  return listingMetadata({
    ...winsListing,
    // The count is in the title, which screen readers announce when the page loads.
    title: activeFilterCount(tracking.filters) > 0 ? `${summary(tracking)} · ${title}` : title,
  })
}

// A function the pages return, not a component they nest, so a page renders to one element tree.
export async function renderWinsTracker(query: WinQuery) {
  const tracking = await trackPublishedWins(query)
  const { filters, sort, page, pageCount, total } = tracking
  const first = (page - 1) * WINS_PER_PAGE + 1
  const active = winFacets.flatMap((facet) =>
    tracking.facets[facet]
      .filter((option) => option.selected)
      .map((option) => ({
        label: option.label,
        removeHref: winsHref({
          filters: {
            ...filters,
            [facet]: filters[facet].filter((value) => value !== option.value),
          },
          sort,
        }),
      })),
  )
  return (
    <ListingPage listing={winsListing}>
      <div className="tracker">
        <section className="tracker__filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading">Filter the wins</h2>
          <WinFilters facets={tracking.facets} filters={filters} sort={sort} />
        </section>
        <section className="tracker__results" aria-labelledby="results-heading">
          <h2 id="results-heading">{summary(tracking)}</h2>
          <ActiveFilters
            filters={active}
            clearHref={winsHref({ filters: emptyWinFilters(), sort })}
          />
          {total === 0 ? (
            <p role="status">
              {active.length > 0 ? (
                <>
                  No win matches all of these filters. Remove one of them, or{' '}
                  <Link href={paths.wins()}>see every win</Link>.
                </>
              ) : (
                'No win has been published yet.'
              )}
            </p>
          ) : (
            <>
              <p role="status" className="meta">
                {pageCount > 1
                  ? `Showing ${first} to ${first + tracking.wins.length - 1} of ${total}, `
                  : 'Showing all, '}
                {sort === 'title' ? 'by title.' : 'newest first.'}
              </p>
              <TrackedWinList wins={tracking.wins} />
              <Pagination
                page={page}
                pageCount={pageCount}
                hrefFor={(target) => winsHref({ filters, sort, page: target })}
                label="Pages of wins"
              />
            </>
          )}
        </section>
      </div>
    </ListingPage>
  )
}
