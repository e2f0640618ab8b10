import type { CollectionConfig } from 'payload'

import { shownWhereFlagged } from '@/access/shownWhereFlagged'
import { recordAccess, recordVersions } from '@/collections/shared'
import { markPresenterConsent } from '@/collections/Wins/hooks/markPresenterConsent'
import { sessionMatchesAssembly } from '@/collections/Wins/hooks/sessionMatchesAssembly'
import { citationsField, deriveHasSource, hasSourceField } from '@/fields/citations'
import { countryField } from '@/fields/country'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { selectOptions } from '@/lib/options/define'
import { winKinds } from '@/lib/options/winKinds'
import { winLevels } from '@/lib/options/winLevels'

export const Wins: CollectionConfig<'wins'> = {
  slug: 'wins',
  access: recordAccess,
  admin: {
    group: 'The record',
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'kind', 'level', 'assembly', 'hasSource', '_status'],
    listSearchableFields: ['title'],
    description:
      'A victory presented as a win at an assembly: a law, a regularisation, a court judgment, a policy or labour right won. Who presented it is kept apart from who the source credits with it.',
  },
  defaultPopulate: { title: true, slug: true, country: true, kind: true, level: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField({ from: 'title' }),
    { name: 'summary', type: 'richText' },
    {
      type: 'row',
      fields: [
        countryField({ required: true }),
        {
          name: 'level',
          type: 'select',
          required: true,
          defaultValue: 'national',
          options: selectOptions(winLevels),
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'policy',
          options: selectOptions(winKinds),
        },
      ],
    },
    {
      name: 'achievedOn',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayOnly' },
        description: 'Only if the date is known. Leave empty rather than guess.',
      },
    },
    {
      name: 'creditedOrganisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      label: 'Organisations credited with the win',
      admin: {
        description:
          'Only organisations the source credits with the win. Presenting it is not a credit: that is recorded below.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'assembly', type: 'relationship', relationTo: 'assemblies', index: true },
        {
          name: 'session',
          type: 'relationship',
          relationTo: 'sessions',
          index: true,
          filterOptions: ({ siblingData }) => {
            const assembly = (siblingData as { assembly?: number | null }).assembly
            return assembly ? { assembly: { equals: assembly } } : true
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'presenter',
          type: 'relationship',
          relationTo: 'speakers',
          index: true,
          label: 'Presented by',
        },
        {
          name: 'presenterOrganisation',
          type: 'relationship',
          relationTo: 'organisations',
          index: true,
          label: 'Presented for',
          access: { read: shownWhereFlagged('presenterShowsOrganisation') },
          admin: { description: 'The organisation the presenter spoke for at the time.' },
        },
      ],
    },
    {
      // Derived from the presenter's consent (lib/consent/namedContributions.ts); true without one.
      name: 'presenterShowsOrganisation',
      type: 'checkbox',
      admin: { hidden: true, readOnly: true },
    },
    {
      name: 'figures',
      type: 'array',
      admin: {
        description: 'Numbers the win is measured by, e.g. 25,000 people expected to benefit.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'number', required: true },
            { name: 'label', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'evidence',
      type: 'array',
      admin: { description: 'Where the win can be checked: the law, the judgment, a report.' },
      fields: [
        {
          type: 'row',
          fields: [{ name: 'title', type: 'text', required: true }, urlField({ name: 'url' })],
        },
      ],
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    citationsField(),
    hasSourceField('Ticked when the win cites a source.'),
  ],
  hooks: {
    beforeChange: [deriveHasSource()],
    beforeValidate: [sessionMatchesAssembly],
    afterChange: [markPresenterConsent],
  },
  versions: recordVersions,
}
