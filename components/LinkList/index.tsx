import type { ReactNode } from 'react'

type Item = { id?: string | null; title: string; url?: string | null }

/**
 * Documents a record points to (a win's evidence, a session's resources): each title linked to
 * the document when there is an address for it. `before` adds what comes ahead of a title.
 */
export function LinkList<T extends Item>({
  items,
  className,
  before,
}: {
  items: T[]
  className: string
  before?: (item: T) => ReactNode
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.id ?? item.title}>
          {before?.(item)}
          {item.url ? <a href={item.url}>{item.title}</a> : item.title}
        </li>
      ))}
    </ul>
  )
}
