/**
 * The wins tracker (/wins). Tens of wins a year, so the whole cached list is filtered here per
 * request: no visitor's filters ever become a cache key or a query. Plain code, no database.
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
