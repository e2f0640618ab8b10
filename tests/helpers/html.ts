import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser'

/**
 * Reading rendered HTML in tests, through a parser (node-html-parser): elements are found by
 * selector and read by attribute and text, never by matching markup with regular expressions.
 * The one place tests parse HTML.
 */

export type Element = HTMLElement

/** The document (or fragment) some HTML makes. */
export const parseHtml = (html: string): Element => parse(html, { comment: false })

const root = (html: string | Element): Element =>
  typeof html === 'string' ? parseHtml(html) : html

/** The elements a selector matches, in document order. */
export const all = (html: string | Element, selector: string): Element[] =>
  root(html).querySelectorAll(selector)

/** The first element a selector matches; fails the test when there is none. */
export function one(html: string | Element, selector: string): Element {
  const found = root(html).querySelector(selector)
  if (!found) throw new Error(`No element matches ${selector}`)
  return found
}

const words = (node: Node): string[] =>
  node.nodeType === NodeType.TEXT_NODE
    ? [node.text]
    : node.nodeType === NodeType.ELEMENT_NODE
      ? node.childNodes.flatMap(words)
      : []

/**
 * The words of some HTML as a reader gets them: entities decoded, each element's text apart from
 * its neighbours', whitespace collapsed.
 */
export const text = (html: string | Element) => words(root(html)).join(' ').replace(/\s+/g, ' ')

/** The text of the page's h1. */
export const h1 = (html: string) => text(root(html).querySelector('h1') ?? parseHtml('')).trim()

/** The page's JSON-LD, parsed (null when it has none). */
export const jsonLd = (html: string): Record<string, unknown> | null => {
  const script = root(html).querySelector('script[type="application/ld+json"]')
  return script ? (JSON.parse(script.textContent) as Record<string, unknown>) : null
}

/** The node of a given type in the page's JSON-LD graph. */
export const ldNode = (html: string, type: string) => {
  const data = jsonLd(html)
  const nodes = (data?.['@graph'] ?? [data]) as Array<Record<string, unknown>>
  return nodes.find((node) => node?.['@type'] === type)
}

/** The links of some HTML, by address. */
export const hrefs = (html: string | Element, selector = 'a') =>
  all(html, selector).map((link) => link.getAttribute('href'))

/**
 * One h1, first; no skipped heading levels; alt text on every image; words in every link; a
 * label for every form control.
 */
export function expectAccessibleStructure(html: string) {
  const page = parseHtml(html)
  const levels = page
    .querySelectorAll('h1, h2, h3, h4, h5, h6')
    .map((heading) => Number(heading.tagName.slice(1)))
  expect(levels.filter((level) => level === 1)).toHaveLength(1)
  expect(levels[0]).toBe(1)
  levels.forEach((level, index) => {
    if (index > 0) expect(level).toBeLessThanOrEqual(levels[index - 1]! + 1)
  })
  for (const img of page.querySelectorAll('img')) {
    expect(img.getAttribute('alt') ?? '').not.toBe('')
  }
  for (const link of page.querySelectorAll('a')) expect(text(link).trim()).not.toBe('')
  for (const control of page.querySelectorAll('input[id], select[id], textarea[id]')) {
    expect(page.querySelectorAll(`label[for="${control.id}"]`)).not.toHaveLength(0)
  }
}
