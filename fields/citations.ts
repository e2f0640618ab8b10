import type { ArrayField, CheckboxField, CollectionBeforeChangeHook } from 'payload'

export const MAX_LOCATOR_LENGTH = 200

export const citationsField = (): ArrayField => ({
  name: 'citations',
  type: 'array',
  interfaceName: 'Citations',
  labels: { singular: 'Citation', plural: 'Citations' },
  admin: {
    description:
      'Where these facts come from. Add the source (create it under Sources first) and, where useful, where in it: a section title or a page.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'relationship',
          relationTo: 'sources',
          required: true,
          index: true,
        },
        {
          name: 'locator',
          type: 'text',
          maxLength: MAX_LOCATOR_LENGTH,
          admin: {
            description:
              'Optional, e.g. "Finding hope: wins and inspirations from the network" or "p. 4".',
          },
        },
      ],
    },
  ],
})

type Citable = { citations?: Array<{ source?: unknown }> | null }

const cites = (record: Citable | null | undefined): boolean =>
  (record?.citations ?? []).some(
    (citation) => citation.source !== null && citation.source !== undefined,
  )

export const hasSourceField = (description: string): CheckboxField => ({
  name: 'hasSource',
  type: 'checkbox',
  label: 'Has a source',
  defaultValue: false,
  index: true,
  admin: { position: 'sidebar', readOnly: true, description },
})

// A partial update leaves out unchanged fields, so they are read from the stored document.
export const deriveHasSource =
  ({ nested }: { nested?: string } = {}): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const current = (field: string): unknown =>
      data[field] !== undefined
        ? data[field]
        : (originalDoc as Record<string, unknown> | undefined)?.[field]
    const rows = nested ? ((current(nested) as Citable[] | null | undefined) ?? []) : []
    data.hasSource =
      cites({ citations: current('citations') as Citable['citations'] }) && rows.every(cites)
    return data
  }
