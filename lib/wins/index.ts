/**
 * The wins tracker (/wins): its address, filters, labels and pages. Plain code, no database; the
 * public tracker's SQL is lib/wins/query.ts, read through lib/queries/wins.ts.
 */
export { FILTERED_WINS_PATH, winFacets, winQueryKeys } from '@/lib/wins/keys'
export {
  activeFilterCount,
  emptyWinFilters,
  isUnfilteredQuery,
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
