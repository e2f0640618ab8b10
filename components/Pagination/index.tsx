import Link from 'next/link'

function pageWindow(page: number, pageCount: number): Array<number | 'gap'> {
  const pages = new Set([1, pageCount])
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pageCount) pages.add(n)
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? ['gap' as const, n] : [n]))
}

export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
  label: string
}) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label={label} className="pagination">
      <ul className="pagination__list">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="pagination__step">
              Previous<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={entry}>
              {entry === page ? (
                <span aria-current="page" className="pagination__current">
                  <span className="visually-hidden">Page </span>
                  {entry}
                </span>
              ) : (
                <Link href={hrefFor(entry)} className="pagination__link">
                  <span className="visually-hidden">Page </span>
                  {entry}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="pagination__step">
              Next<span className="visually-hidden"> page</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
