import type { FieldHook, TextField } from 'payload'

import { isSlug, slugify } from '@/lib/slugify'

type SlugOptions = {
  from: string
  /** False where uniqueness is scoped, as for sessions. */
  unique?: boolean
  description?: string
}

export const slugField = ({ from, unique = true, description }: SlugOptions): TextField => {
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
      return isSlug(value) || 'Use lowercase letters, digits and single hyphens only.'
    },
  }
}
