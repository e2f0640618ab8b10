// Private-use characters the indexer strips from every stored text, so in a headline they can only
// be PostgreSQL's; the page renders the parts as text, never HTML.
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_END = '\uE001'

export type HighlightPart = { text: string; match: boolean }

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
