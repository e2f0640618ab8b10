/**
 * ts_headline wraps matches in markers of our choosing. These two are Unicode private-use
 * characters: the indexer strips them from every text it stores, so in a headline they can only
 * be PostgreSQL's. The page splits on them and renders the parts as text with <mark> elements,
 * never as HTML, so nothing in a document can turn into markup.
 */
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'

export type HighlightPart = { text: string; match: boolean }

/** `"a \uE000b\uE001 c"` → `[{ text: 'a ', match: false }, { text: 'b', match: true }, ...]`. */
export function parseHighlight(value: string): HighlightPart[] {
  const parts: HighlightPart[] = []
  let match = false
  let current = ''
  const flush = () => {
    if (current) parts.push({ text: current, match })
    current = ''
  }
  for (const char of value) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush()
      match = char === HIGHLIGHT_START
    } else {
      current += char
    }
  }
  flush()
  return parts
}
