import type { CollectionConfig } from 'payload'

import { syncSpokenFor } from '@/collections/Organisations/hooks/syncSpokenFor'
import { recordAccess, recordVersions } from '@/collections/shared'
import { citationsField, deriveHasSource, hasSourceField } from '@/fields/citations'
import { countryField } from '@/fields/country'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { selectOptions } from '@/lib/options/define'
import { organisationKinds } from '@/lib/options/organisationKinds'
import { picumMembership } from '@/lib/options/picumMembership'

export const Organisations: CollectionConfig<'organisations'> = {
  slug: 'organisations',
  access: recordAccess,
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: [
      'name',
      'acronym',
      'kind',
      'picumMembership',
      'country',
      'hasSource',
      '_status',
    ],
    listSearchableFields: ['name', 'acronym', 'city'],
  },
  defaultPopulate: { name: true, acronym: true, slug: true, country: true, kind: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'acronym',
          type: 'text',
          admin: { description: 'Only if the organisation uses one, e.g. BVMN.' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'ngo',
          options: selectOptions(organisationKinds),
        },
        {
          name: 'picumMembership',
          type: 'select',
          label: 'PICUM membership',
          defaultValue: 'unknown',
          options: selectOptions(picumMembership),
          admin: {
            description:
              'Only what a source states: “from our network” does not say member. Leave “Not known” otherwise.',
          },
        },
      ],
    },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        countryField({
          admin: { description: 'Where it is based. Leave empty for international bodies.' },
        }),
        { name: 'city', type: 'text' },
      ],
    },
    urlField({ name: 'website', admin: { description: 'Only an address you have checked.' } }),
    { name: 'description', type: 'richText' },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      name: 'people',
      type: 'join',
      collection: 'speakers',
      on: 'organisation',
      defaultLimit: 100,
      admin: { defaultColumns: ['name', 'role', 'roleRecordedIn'] },
    },
    {
      name: 'appearances',
      type: 'join',
      collection: 'sessions',
      on: 'contributions.organisationAtTheTime',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'format', '_status'] },
    },
    {
      // Wins its people presented, not wins credited to it.
      name: 'presentedWins',
      type: 'join',
      collection: 'wins',
      on: 'presenterOrganisation',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'country', 'kind'] },
    },
    {
      name: 'creditedWins',
      type: 'join',
      collection: 'wins',
      on: 'creditedOrganisations',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'country', 'kind'] },
    },
    citationsField(),
    hasSourceField('Ticked when the organisation cites a source.'),
  ],
  hooks: {
    beforeChange: [deriveHasSource()],
    afterChange: [syncSpokenFor],
    beforeDelete: [preventReferencedDelete],
  },
  versions: recordVersions,
}
