import type { CollectionConfig } from 'payload'

import { recordAccess, recordVersions } from '@/collections/shared'
import { slugField } from '@/fields/slug'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { urlField } from '@/fields/url'
import { indexAfterChange, indexAfterDelete } from '@/hooks/indexSearch'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateRecord'
import { previewUrl } from '@/lib/previewUrl'

export const Speakers: CollectionConfig<'speakers'> = {
  slug: 'speakers',
  access: recordAccess,
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'currentRole', 'currentOrganisation', '_status'],
    listSearchableFields: ['name', 'currentRole'],
    description:
      'One record per person, kept across the years. What they said at an assembly lives on the session.',
    preview: previewUrl('speakers'),
  },
  defaultPopulate: { name: true, slug: true, currentRole: true, photo: true },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'Full name, with accents.' } },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        {
          name: 'currentRole',
          type: 'text',
          admin: { description: 'Their role today. The role at each assembly is kept on the session.' },
        },
        { name: 'currentOrganisation', type: 'relationship', relationTo: 'organisations', index: true },
      ],
    },
    { name: 'bio', type: 'richText' },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Optional. Without one the site shows their initials.' },
    },
    {
      name: 'links',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            urlField({ name: 'url', required: true }),
          ],
        },
      ],
    },
    {
      // Every session in which the person spoke, in one query: the join reads the
      // contributions array's speaker column directly.
      name: 'appearances',
      type: 'join',
      collection: 'sessions',
      on: 'contributions.speaker',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'format', '_status'] },
    },
    {
      name: 'presentedWins',
      type: 'join',
      collection: 'wins',
      on: 'presenter',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'country'] },
    },
  ],
  hooks: {
    afterChange: [revalidateAfterChange, indexAfterChange],
    afterDelete: [revalidateAfterDelete, indexAfterDelete],
    beforeDelete: [
      preventReferencedDelete([
        { collection: 'sessions', path: 'contributions.speaker', noun: 'session', titleField: 'title' },
        { collection: 'wins', path: 'presenter', noun: 'win', titleField: 'title' },
      ]),
    ],
  },
  versions: recordVersions,
}
