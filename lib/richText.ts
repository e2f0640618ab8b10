import type { Assembly } from '@/payload-types'

export type RichText = NonNullable<Assembly['intro']>

export function richTextFromParagraphs(paragraphs: string[]): RichText {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
        ],
      })),
    },
  }
}

type Node = { text?: unknown; children?: unknown }

export function plainText(value: unknown): string {
  const root = (value as { root?: Node } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  const collect = (node: Node): string =>
    typeof node.text === 'string'
      ? node.text
      : Array.isArray(node.children)
        ? (node.children as Node[]).map(collect).join('')
        : ''
  return (root.children as Node[]).map(collect).filter(Boolean).join('\n\n')
}
