import type { ReactNode } from 'react'

type Item = { id?: string | null; title: string; url?: string | null }

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
