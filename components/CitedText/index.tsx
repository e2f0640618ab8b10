import { RichText } from '@/components/RichText'
import { SourceLines } from '@/components/SourceLines'
import type { ShownCitation } from '@/lib/sources'

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
