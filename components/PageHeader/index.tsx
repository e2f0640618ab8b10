import type { ReactNode } from 'react'

/**
 * The head of every public page: an optional eyebrow line (kind, date, place), the page's one
 * h1, and an optional lede. `children` follow the lede (e.g. an assembly's theme).
 */
export function PageHeader({
  eyebrow,
  title,
  titleId,
  lede,
  children,
}: {
  eyebrow?: ReactNode
  title: ReactNode
  titleId?: string
  lede?: ReactNode
  children?: ReactNode
}) {
  return (
    <header className="page-header">
      {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
      <h1 id={titleId}>{title}</h1>
      {lede ? <p className="lede">{lede}</p> : null}
      {children}
    </header>
  )
}
