import type {
  DefaultNodeTypes,
  SerializedHeadingNode,
  SerializedLinkNode,
} from '@payloadcms/richtext-lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { paths } from '@/lib/urls'

type HeadingLevel = 2 | 3 | 4 | 5 | 6

/**
 * Editor headings are shifted below the page's own (one h1 per page). A link to a document that is
 * not public, or to an unsafe scheme, is kept as plain text.
 */
export function RichText({
  data,
  headingLevel = 2,
  className = 'prose',
}: {
  data: unknown
  headingLevel?: HeadingLevel
  className?: string
}) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const written = Number((node as SerializedHeadingNode).tag.slice(1)) || 1
      const Tag = `h${Math.min(6, headingLevel + written - 1)}` as `h${HeadingLevel}`
      return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    link: ({ node, nodesToJSX }) => renderLink(node, nodesToJSX({ nodes: node.children })),
    autolink: ({ node, nodesToJSX }) => renderLink(node, nodesToJSX({ nodes: node.children })),
  })
  return (
    <LexicalRichText
      className={className}
      data={data as Parameters<typeof LexicalRichText>[0]['data']}
      converters={converters}
      disableIndent
      disableTextAlign
    />
  )
}

function renderLink(node: Pick<SerializedLinkNode, 'fields'>, children: ReactNode) {
  const { fields } = node
  if (fields.linkType === 'internal') {
    const href = internalHref(fields.doc)
    return href ? <Link href={href}>{children}</Link> : <>{children}</>
  }
  const url = fields.url?.trim() ?? ''
  if (!isSafeUrl(url)) return <>{children}</>
  return fields.newTab ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={url}>{children}</a>
  )
}

const isSafeUrl = (url: string): boolean =>
  url.startsWith('/') || url.startsWith('#') || /^(https?:|mailto:|tel:)/i.test(url)

function internalHref(doc: SerializedLinkNode['fields']['doc']): string | null {
  const value = doc?.value
  if (!doc || !value || typeof value !== 'object') return null
  const slug = typeof value.slug === 'string' ? value.slug : null
  switch (doc.relationTo) {
    case 'assemblies':
      return typeof value.year === 'number' ? paths.assembly(value.year) : null
    case 'sessions': {
      const assembly = value.assembly
      const year =
        assembly && typeof assembly === 'object' ? (assembly as { year?: unknown }).year : null
      return slug && typeof year === 'number' ? paths.session(year, slug) : null
    }
    case 'speakers':
      return slug ? paths.speaker(slug) : null
    case 'organisations':
      return slug ? paths.organisation(slug) : null
    case 'wins':
      return slug ? paths.win(slug) : null
    case 'topics':
      return slug ? paths.topic(slug) : null
    default:
      return null
  }
}
