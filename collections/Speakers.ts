import type { CollectionConfig } from 'payload'

import { recordAccess, recordVersions } from '@/collections/shared'
import { citationsField, deriveHasSource, hasSourceField } from '@/fields/citations'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { SPEAKERS_PAGE_SEGMENT } from '@/lib/urls'

const MIN_YEAR = 1900
const MAX_YEAR = 2100

export const Speakers: CollectionConfig<'speakers'> = {
  slug: 'speakers',
  access: recordAccess,
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'role', 'organisation', 'roleRecordedIn', 'hasSource', '_status'],
    listSearchableFields: ['name', 'role'],
    description:
      'One record per person, kept across the years. What they said at an assembly lives on the session.',
  },
  defaultPopulate: { name: true, slug: true, role: true, roleRecordedIn: true, photo: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Full name, with accents.' },
    },
    slugField({ from: 'name', reserved: [SPEAKERS_PAGE_SEGMENT] }),
    {
      // The role is shown with the year it was recorded, so it cannot pass for a current one.
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'text',
          admin: {
            description:
              'As recorded in the year beside it, e.g. at the assembly where they spoke. The role at each assembly stays on the session.',
          },
        },
        { name: 'organisation', type: 'relationship', relationTo: 'organisations', index: true },
        {
          name: 'roleRecordedIn',
          type: 'number',
          label: 'Recorded in (year)',
          admin: { description: 'The year this role and organisation were true, e.g. 2025.' },
          validate: (
            value: number | null | undefined,
            { siblingData }: { siblingData: { role?: string | null; organisation?: unknown } },
          ) => {
            if (value === null || value === undefined) {
              return siblingData.role || siblingData.organisation
                ? 'Give the year this role and organisation were recorded in, e.g. the year of the assembly.'
                : true
            }
            return (
              (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) ||
              `The year must be a whole number between ${MIN_YEAR} and ${MAX_YEAR}.`
            )
          },
        },
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
    citationsField(),
    hasSourceField('Ticked when the speaker’s record cites a source.'),
  ],
  hooks: {
    beforeChange: [deriveHasSource()],
    beforeDelete: [preventReferencedDelete],
  },
  versions: recordVersions,
}
