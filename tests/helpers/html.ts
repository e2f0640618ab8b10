/**
 * Reading rendered HTML in tests: its text, and the structure every public page must have.
 */

/** The words of some HTML, tags dropped, entities decoded, whitespace collapsed. */
export const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

/** The text of the page's h1. */
export const h1 = (html: string) => text(html.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1] ?? '').trim()

/**
 * One h1, first; no skipped heading levels; alt text on every image; words in every link; a
 * label for every form control.
 */
export function expectAccessibleStructure(html: string) {
  const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]))
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  expect(levels[0]).toBe(1)
  levels.forEach((level, index) => {
    if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1]! + 1)
  })
  for (const [img] of html.matchAll(/<img\b[^>]*>/g)) expect(img).toMatch(/\balt="[^"]+"/)
  for (const [, inner] of html.matchAll(/<a\b[^>]*>(.*?)<\/a>/gs)) {
    expect(text(inner!).trim()).not.toBe('')
  }
  for (const [, id] of html.matchAll(/<(?:input|select)\b[^>]*\bid="([^"]+)"/g)) {
    expect(html).toContain(`for="${id}"`)
  }
}
