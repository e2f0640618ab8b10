import type { CollectionConfig, FieldHook } from 'payload'

import { recordAccess, recordVersions } from '@/collections/shared'
import { citationsField, deriveHasSource, hasSourceField } from '@/fields/citations'
import { consentDefaultsField } from '@/fields/consent'
import { countryField } from '@/fields/country'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { startNextAssemblyEndpoint } from '@/lib/assemblies/startNextAssemblyEndpoint'

const MIN_YEAR = 2001 // PICUM was founded in 2001
const MAX_YEAR = 2100

const slugFromYear: FieldHook = ({ data, value }) =>
  typeof data?.year === 'number' ? String(data.year) : value

export const Assemblies: CollectionConfig<'assemblies'> = {
  slug: 'assemblies',
  access: recordAccess,
  admin: {
    group: 'The record',
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'theme', 'hasSource', '_status'],
    listSearchableFields: ['title', 'theme'],
    description:
      'One General Assembly per year, with its theme, sessions and the wins presented there.',
  },
  defaultPopulate: { title: true, year: true, slug: true, theme: true },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: {
        description: 'As it appears on the public site, e.g. "PICUM General Assembly 2025".',
      },
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'There is one assembly per year; the year is also its address.' },
      validate: (value: number | null | undefined) => {
        if (value === null || value === undefined) return 'The year is required.'
        if (!Number.isInteger(value)) return 'The year must be a whole number, e.g. 2025.'
        if (value < MIN_YEAR || value > MAX_YEAR)
          return `The year must be between ${MIN_YEAR} and ${MAX_YEAR}.`
        return true
      },
    },
    {
      name: 'startNext',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/StartNextAssembly.client#StartNextAssembly' },
      },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Set from the year.' },
      hooks: { beforeValidate: [slugFromYear] },
    },
    {
      name: 'theme',
      type: 'text',
      admin: {
        description: 'The assembly\'s theme, e.g. "Resisting an increasingly hostile environment".',
      },
    },
    {
      name: 'intro',
      type: 'richText',
      admin: { description: 'What the assembly was about, for a visitor who was not there.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
        {
          name: 'endDate',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: { startDate?: string | null } },
          ) =>
            !value || !siblingData.startDate || new Date(value) >= new Date(siblingData.startDate)
              ? true
              : 'The end date cannot be before the start date.',
        },
      ],
    },
    {
      type: 'row',
      fields: [{ name: 'city', type: 'text' }, countryField()],
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Optional. Leave empty rather than use an unrelated picture.' },
    },
    {
      name: 'sessions',
      type: 'join',
      collection: 'sessions',
      on: 'assembly',
      defaultSort: 'position',
      defaultLimit: 100,
      admin: { defaultColumns: ['position', 'title', 'format', '_status'] },
    },
    {
      name: 'wins',
      type: 'join',
      collection: 'wins',
      on: 'assembly',
      defaultLimit: 100,
      admin: { defaultColumns: ['title', 'country', 'kind', '_status'] },
    },
    consentDefaultsField,
    citationsField(),
    hasSourceField('Ticked when the assembly cites a source.'),
  ],
  hooks: {
    beforeChange: [deriveHasSource()],
    beforeDelete: [preventReferencedDelete],
  },
  endpoints: [startNextAssemblyEndpoint],
  versions: recordVersions,
}
