import { RichText } from '@/components/RichText'
import { SourceLines } from '@/components/SourceLines'
import type { ShownCitation } from '@/lib/sources'

/** A record's text with the sources it rests on right under it. */
export function CitedText({
  text,
  citations,
  headingLevel,
}: {
  text: unknown
  citations: ShownCitation[]
  headingLevel?: Parameters<typeof RichText>[0]['headingLevel']
}) {
  return (
    <>
      <RichText data={text} headingLevel={headingLevel} />
      <SourceLines citations={citations} />
    </>
  )
}
