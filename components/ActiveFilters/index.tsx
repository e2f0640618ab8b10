import Link from 'next/link'

export type ActiveFilter = { label: string; removeHref: string }

// Links, not buttons: each is the address of the list without that filter.
export function ActiveFilters({
  filters,
  clearHref,
}: {
  filters: ActiveFilter[]
  clearHref: string
}) {
  if (filters.length === 0) return null
  return (
    <div className="active-filters">
      <p className="active-filters__label" id="active-filters-label">
        Filtered by:
      </p>
      <ul className="active-filters__list" aria-labelledby="active-filters-label">
        {filters.map((filter) => (
          <li key={filter.removeHref}>
            <Link href={filter.removeHref} className="active-filters__chip">
              <span className="visually-hidden">Remove the filter </span>
              {filter.label}
              <span aria-hidden="true"> ×</span>
            </Link>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <Link href={clearHref} className="active-filters__clear">
              Remove all filters
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  )
}
