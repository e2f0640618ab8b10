import type { CollectionConfig } from 'payload'

import { shownWhereFlagged } from '@/access/shownWhereFlagged'
import { markNamedSpeakers } from '@/collections/Sessions/hooks/markNamedSpeakers'
import { uniqueSlugInAssembly } from '@/collections/Sessions/hooks/uniqueSlugInAssembly'
import { recordAccess, recordVersions } from '@/collections/shared'
import { citationsField, deriveHasSource, hasSourceField } from '@/fields/citations'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { selectOptions } from '@/lib/options/define'
import { resourceKinds } from '@/lib/options/resourceKinds'
import { sessionFormats } from '@/lib/options/sessionFormats'

export const Sessions: CollectionConfig<'sessions'> = {
  slug: 'sessions',
  access: recordAccess,
  admin: {
    group: 'The record',
    useAsTitle: 'title',
    defaultColumns: ['title', 'assembly', 'position', 'format', 'hasSource', '_status'],
    listSearchableFields: ['title'],
    description: 'A plenary, panel or workshop of an assembly, with who spoke and what they said.',
  },
  defaultSort: ['-assembly', 'position'],
  defaultPopulate: { title: true, slug: true, assembly: true, position: true, format: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField({
      from: 'title',
      unique: false,
      description:
        'Its address within the assembly, e.g. /assemblies/2025/<slug>. Made from the title when empty.',
    }),
    {
      name: 'assembly',
      type: 'relationship',
      relationTo: 'assemblies',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          required: true,
          defaultValue: 'panel',
          options: selectOptions(sessionFormats),
        },
        {
          name: 'position',
          type: 'number',
          required: true,
          min: 1,
          admin: { description: 'Order in the programme: 1 for the first session.' },
          validate: (value: number | null | undefined) =>
            Number.isInteger(value) && (value as number) >= 1
              ? true
              : 'The position is a whole number from 1.',
        },
      ],
    },
    { name: 'summary', type: 'richText' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    {
      name: 'contributions',
      type: 'array',
      labels: { singular: 'Contribution', plural: 'Contributions' },
      admin: {
        description: 'Who spoke, in the order they spoke.',
      },
      fields: [
        { name: 'speaker', type: 'relationship', relationTo: 'speakers', required: true },
        // Derived from the published speaker (lib/consent/namedContributions.ts). Not `hidden`:
        // that would drop them from a read before the governed fields' access reads them.
        { name: 'speakerNamed', type: 'checkbox', admin: { hidden: true, readOnly: true } },
        { name: 'speakerShowsRole', type: 'checkbox', admin: { hidden: true, readOnly: true } },
        {
          name: 'speakerShowsOrganisation',
          type: 'checkbox',
          admin: { hidden: true, readOnly: true },
        },
        // What is said instead of an organisation they withheld: its country, and whether it is a
        // PICUM member ("A speaker from a member organisation in Spain").
        { name: 'organisationCountry', type: 'text', admin: { hidden: true, readOnly: true } },
        { name: 'organisationIsMember', type: 'checkbox', admin: { hidden: true, readOnly: true } },
        {
          type: 'row',
          fields: [
            {
              name: 'roleAtTheTime',
              type: 'text',
              access: { read: shownWhereFlagged('speakerShowsRole') },
              admin: {
                description:
                  'The role they held at this assembly, e.g. "Director". It stays as it was when their current role changes.',
              },
            },
            {
              name: 'organisationAtTheTime',
              type: 'relationship',
              relationTo: 'organisations',
              access: { read: shownWhereFlagged('speakerShowsOrganisation') },
              admin: { description: 'The organisation they spoke for at this assembly.' },
            },
          ],
        },
        {
          name: 'contribution',
          type: 'richText',
          admin: { description: 'What they said, in our own words.' },
        },
        citationsField(),
      ],
    },
    {
      name: 'resources',
      type: 'array',
      admin: {
        description: 'Reports, toolkits, judgments or recordings mentioned in the session.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', required: true },
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'report',
              options: selectOptions(resourceKinds),
            },
          ],
        },
        urlField({ name: 'url', admin: { description: 'Optional link to where it can be read.' } }),
      ],
    },
    citationsField(),
    hasSourceField('Ticked when the session and every contribution in it cite a source.'),
  ],
  hooks: {
    beforeChange: [deriveHasSource({ nested: 'contributions' })],
    afterChange: [markNamedSpeakers],
    beforeValidate: [uniqueSlugInAssembly],
  },
  indexes: [{ fields: ['assembly', 'slug'], unique: true }],
  versions: recordVersions,
}
