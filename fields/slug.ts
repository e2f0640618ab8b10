import type { FieldHook, TextField } from 'payload'

import { isSlug, slugify } from '@/lib/slugify'

type SlugOptions = {
  from: string
  /** False where uniqueness is scoped, as for sessions. */
  unique?: boolean
  description?: string
  /** Path segments the site's own addresses take beside this collection's pages. */
  reserved?: readonly string[]
}

export const slugField = ({
  from,
  unique = true,
  description,
  reserved = [],
}: SlugOptions): TextField => {
  const fill: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    return source === undefined || source === null ? value : slugify(String(source))
  }
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique,
    admin: {
      position: 'sidebar',
      description:
        description ??
        'The address of this page on the public site. Left empty, it is made from the name.',
    },
    hooks: { beforeValidate: [fill] },
    validate: (value: string | null | undefined) => {
      if (!value) return 'A slug is needed: fill in the name or type one.'
      if (reserved.includes(value)) {
        return `“${value}” is taken by the site's own addresses: add to it, e.g. ${value}-2.`
      }
      return isSlug(value) || 'Use lowercase letters, digits and single hyphens only.'
    },
  }
}
