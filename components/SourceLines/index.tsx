import { type ShownCitation, sourceDetails, sourceHref } from '@/lib/sources'

export function SourceLines({ citations }: { citations: ShownCitation[] }) {
  if (citations.length === 0) return null
  return (
    <div className="source-lines">
      {citations.map(({ source, locator }) => {
        const href = sourceHref(source)
        const details = sourceDetails(source)
        return (
          <p key={`${source.id}-${locator ?? ''}`} className="source-line">
            Source: <cite>{href ? <a href={href}>{source.title}</a> : source.title}</cite>
            {details ? `, ${details}` : null}
            {locator ? ` — ${locator}` : null}
          </p>
        )
      })}
    </div>
  )
}
