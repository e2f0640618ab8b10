import type { CollectionConfig } from 'payload'

import { consentedOrStaff } from '@/access/consentedOrStaff'
import { recordAccess, recordVersions } from '@/collections/shared'
import { exportEndpoint } from '@/collections/Speakers/exportEndpoint'
import { applyWithdrawalAtOnce } from '@/collections/Speakers/hooks/applyWithdrawalAtOnce'
import { auditConsent, rememberPublishedConsent } from '@/collections/Speakers/hooks/auditConsent'
import { recordConsent } from '@/collections/Speakers/hooks/recordConsent'
import { syncNamedContributions } from '@/collections/Speakers/hooks/syncNamedContributions'
import { withholdNameElsewhere } from '@/collections/Speakers/hooks/withholdNameElsewhere'
import { withdrawalEndpoints } from '@/collections/Speakers/withdrawalEndpoints'
import { citationsField, deriveHasSource, hasSourceField } from '@/fields/citations'
import { consentField } from '@/fields/consent'
import { slugField } from '@/fields/slug'
import { urlField } from '@/fields/url'
import { preventReferencedDelete } from '@/hooks/preventReferencedDelete'
import { consentFlagsSelect } from '@/lib/consent'
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
  // The consent flags travel with every read: without them the governed fields are withheld.
  defaultPopulate: {
    name: true,
    slug: true,
    role: true,
    roleRecordedIn: true,
    photo: true,
    consent: consentFlagsSelect,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      access: { read: consentedOrStaff('name') },
      admin: { description: 'Full name, with accents.' },
    },
    {
      ...slugField({ from: 'name', reserved: [SPEAKERS_PAGE_SEGMENT] }),
      access: { read: consentedOrStaff('name') },
    },
    consentField,
    {
      name: 'exportPerson',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/ExportPerson.client#ExportPerson' },
      },
    },
    {
      name: 'withdrawPerson',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/admin/WithdrawPerson.client#WithdrawPerson' },
      },
    },
    {
      // The role is shown with the year it was recorded, so it cannot pass for a current one.
      type: 'row',
      fields: [
        {
          name: 'role',
          type: 'text',
          access: { read: consentedOrStaff('role') },
          admin: {
            description:
              'As recorded in the year beside it, e.g. at the assembly where they spoke. The role at each assembly stays on the session.',
          },
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          index: true,
          access: { read: consentedOrStaff('organisation') },
        },
        {
          name: 'roleRecordedIn',
          type: 'number',
          label: 'Recorded in (year)',
          access: { read: consentedOrStaff('name') },
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
    { name: 'bio', type: 'richText', access: { read: consentedOrStaff('bio') } },
    {
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      access: { read: consentedOrStaff('photo') },
      admin: { description: 'Optional. Without one the site shows their initials.' },
    },
    {
      name: 'links',
      type: 'array',
      access: { read: consentedOrStaff('name') },
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
    { ...citationsField(), access: { read: consentedOrStaff('name') } },
    hasSourceField('Ticked when the speaker’s record cites a source.'),
  ],
  hooks: {
    beforeChange: [deriveHasSource(), recordConsent, rememberPublishedConsent],
    afterChange: [
      syncNamedContributions,
      withholdNameElsewhere,
      applyWithdrawalAtOnce,
      auditConsent,
    ],
    beforeDelete: [preventReferencedDelete],
  },
  endpoints: [exportEndpoint, ...withdrawalEndpoints],
  versions: recordVersions,
}
