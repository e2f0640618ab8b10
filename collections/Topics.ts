import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorOrAdmin } from '@/access/editorOrAdmin'
import { slugField } from '@/fields/slug'
import { topicLinkSelect } from '@/lib/queries/selects'

export const Topics: CollectionConfig<'topics'> = {
  slug: 'topics',
  access: {
    create: editorOrAdmin,
    read: anyone,
    update: editorOrAdmin,
    delete: editorOrAdmin,
  },
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    description:
      'Themes that sessions and wins are filed under, such as regularisation or health care.',
  },
  defaultPopulate: topicLinkSelect,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    slugField({ from: 'name' }),
    { name: 'description', type: 'textarea' },
  ],
}
