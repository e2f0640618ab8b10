/**
 * The wins tracker (/wins): filters from the URL, applied to the list of published wins, with a
 * count beside every option. The record holds tens of wins a year, so the whole list is read once
 * (and cached: lib/queries/wins.ts#trackPublishedWins) and filtered here per request: no visitor's
 * filters ever become a cache key or a query.
 *
 * - ./keys: the query keys the tracker reads, import-free; next.config.ts imports it directly (it
 *   runs before the `@/` alias exists) to rewrite `/wins?…` to app/(frontend)/wins-filtered, the
 *   page rendered per request, and to keep plain /wins static.
 * - ./tracker: the state in the URL and back, and the filtering, counting and paging.
 * - components/WinsTracker renders it; app/(frontend)/wins and wins-filtered are its two pages.
 *
 * Everything here is plain code (no database, no React): the search index shares winYear.
 */
export { FILTERED_WINS_PATH, winFacets, winQueryKeys } from '@/lib/wins/keys'
export {
  activeFilterCount,
  emptyWinFilters,
  parseWinQuery,
  type RawSearchParams,
  type TrackableWin,
  trackWins,
  type WinFacet,
  winFacetLabels,
  type WinFacetOption,
  type WinFilters,
  type WinQuery,
  type WinSort,
  winSorts,
  winsHref,
  WINS_PER_PAGE,
  type WinTracking,
  winYear,
} from '@/lib/wins/tracker'
