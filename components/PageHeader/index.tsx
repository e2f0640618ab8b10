import type { ReactNode } from 'react'

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
