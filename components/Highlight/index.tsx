import type { HighlightPart } from '@/lib/search/highlight'

// Every part is rendered as text, so `<script>` in a document shows as written.
export function Highlight({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  )
}
