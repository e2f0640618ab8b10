import type { HighlightPart } from '@/lib/search/highlight'

/**
 * Text with the words a search found marked. Every part is rendered as text, so whatever a
 * document contains (`<b>`, `<script>`) shows as written; only <mark> is markup.
 */
export function Highlight({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
