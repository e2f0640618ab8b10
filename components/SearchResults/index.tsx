import Link from 'next/link'

import { Highlight } from '@/components/Highlight'
import { countryName } from '@/lib/countries'
import { searchTypeLabels } from '@/lib/search/collections'
import type { SearchHit } from '@/lib/search/query'

function Result({ hit }: { hit: SearchHit }) {
  const facts = [
    searchTypeLabels[hit.collection].one,
    hit.years.length > 0 ? [...hit.years].sort((a, b) => a - b).join(', ') : null,
    hit.country ? countryName(hit.country) : null,
  ].filter(Boolean)
  const snippet = hit.snippet.some((part) => part.text.trim() !== '')
  return (
    <li className="search-result">
      <p className="search-result__type">{facts.join(' · ')}</p>
      <h3 className="search-result__title">
        <Link href={hit.path}>
          <Highlight parts={hit.title} />
        </Link>
      </h3>
      {hit.meta ? <p className="meta">{hit.meta}</p> : null}
      {snippet ? (
        <p className="search-result__snippet">
          <Highlight parts={hit.snippet} />
        </p>
      ) : null}
      {hit.sources.map((line) => (
        <p key={line} className="source-line">
          {line}
        </p>
      ))}
    </li>
  )
}

export function SearchResults({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol className="search-results" start={start}>
      {hits.map((hit) => (
        <Result key={`${hit.collection}-${hit.id}`} hit={hit} />
      ))}
    </ol>
  )
}
