import Link from 'next/link'

import { paths } from '@/lib/urls'
import {
  activeFilterCount,
  winFacetLabels,
  winFacets,
  type WinFacet,
  type WinFacetOption,
  type WinSort,
  winSorts,
  type WinFilters as Filters,
} from '@/lib/wins'

const LONG_LIST = 8

const hints: Partial<Record<WinFacet, string>> = {
  year: 'The year it was won, or, when that is not recorded, the year it was presented.',
  presenting: 'The organisation its presenter spoke for at the assembly.',
  credited: 'Organisations the source credits with the win.',
}

// A plain GET form that does not submit on every tick: a reload while someone is still choosing
// would move their focus away (WCAG 3.2.2).
export function WinFilters({
  facets,
  filters,
  sort,
}: {
  facets: Record<WinFacet, WinFacetOption[]>
  filters: Filters
  sort: WinSort
}) {
  return (
    <form method="get" action={paths.wins()} className="filters" aria-labelledby="filters-heading">
      {winFacets.map((facet) => {
        const options = facets[facet]
        if (options.length === 0) return null
        const hintId = hints[facet] ? `filter-${facet}-hint` : undefined
        return (
          <fieldset key={facet} className="filters__group" aria-describedby={hintId}>
            <legend className="filters__legend">{winFacetLabels[facet]}</legend>
            {hintId ? (
              <p id={hintId} className="filters__hint">
                {hints[facet]}
              </p>
            ) : null}
            <ul
              className={`filters__options${options.length > LONG_LIST ? ' filters__options--long' : ''}`}
            >
              {options.map((option) => {
                const id = `filter-${facet}-${option.value}`
                return (
                  <li
                    key={option.value}
                    className={
                      option.count === 0 && !option.selected
                        ? 'filters__option filters__option--empty'
                        : 'filters__option'
                    }
                  >
                    <input
                      type="checkbox"
                      id={id}
                      name={facet}
                      value={option.value}
                      defaultChecked={option.selected}
                    />
                    <label htmlFor={id}>
                      {option.label} <span className="filters__count">({option.count})</span>
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )
      })}
      <div className="filters__sort">
        <label htmlFor="wins-sort">Order</label>
        <select id="wins-sort" name="sort" defaultValue={sort}>
          {(Object.keys(winSorts) as WinSort[]).map((value) => (
            <option key={value} value={value}>
              {winSorts[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Show wins
        </button>
        {activeFilterCount(filters) > 0 ? <Link href={paths.wins()}>Clear all filters</Link> : null}
      </div>
    </form>
  )
}
