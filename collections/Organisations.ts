import type { CollectionConfig } from 'payload'

import { recordAccess, recordVersions } from '@/collections/shared'
import { countryField } from '@/fields/country'
import { slugField } from '@/fields/slug'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { urlField } from '@/fields/url'
import { indexAfterChange, indexAfterDelete } from '@/hooks/indexSearch'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateRecord'
import { previewUrl } from '@/lib/previewUrl'

export const ORGANISATION_KINDS = [
  { label: 'NGO', value: 'ngo' },
  { label: 'PICUM member', value: 'picum-member' },
  { label: 'UN body', value: 'un-body' },
  { label: 'EU institution', value: 'eu-institution' },
  { label: 'Research / university', value: 'research' },
  { label: 'Trade union', value: 'trade-union' },
  { label: 'Faith-based', value: 'faith-based' },
  { label: 'Other', value: 'other' },
] as const

export const Organisations: CollectionConfig<'organisations'> = {
  slug: 'organisations',
  access: recordAccess,
  admin: {
    group: 'Directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'acronym', 'kind', 'country', '_status'],
    listSearchableFields: ['name', 'acronym', 'city'],
    preview: previewUrl('organisations'),
  },
  defaultPopulate: { name: true, acronym: true, slug: true, country: true, kind: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'acronym', type: 'text', admin: { description: 'Only if the organisation uses one, e.g. BVMN.' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'ngo',
          options: [...ORGANISATION_KINDS],
        },
      ],
    },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        countryField({ admin: { description: 'Where it is based. Leave empty for international bodies.' } }),
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
      on: 'currentOrganisation',
      defaultLimit: 100,
      admin: { defaultColumns: ['name', 'currentRole'] },
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
      name: 'wins',
      type: 'join',
      collection: 'wins',
      on: 'organisations',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'country', 'kind'] },
    },
  ],
  hooks: {
    afterChange: [revalidateAfterChange, indexAfterChange],
    afterDelete: [revalidateAfterDelete, indexAfterDelete],
    beforeDelete: [
      preventReferencedDelete([
        { collection: 'speakers', path: 'currentOrganisation', noun: 'speaker', titleField: 'name' },
        {
          collection: 'sessions',
          path: 'contributions.organisationAtTheTime',
          noun: 'session',
          titleField: 'title',
        },
        { collection: 'wins', path: 'organisations', noun: 'win', titleField: 'title' },
      ]),
    ],
  },
  versions: recordVersions,
}
