import type { CheckboxField, Field, GroupField, PayloadRequest } from 'payload'

import { staffFieldOnly } from '@/access/staffFieldOnly'
import { CONSENT_FACTS, CONSENT_FLAGS, type ConsentFact, isWithdrawal } from '@/lib/consent'

const labels: Record<ConsentFact, string> = {
  name: 'Name',
  photo: 'Photo',
  bio: 'Bio',
  role: 'Role',
  organisation: 'Organisation',
}

/** What a person agreed to, when nobody has recorded anything else: PICUM's usual practice. */
const FALLBACK_DEFAULTS: Record<ConsentFact, boolean> = {
  name: true,
  photo: false,
  bio: true,
  role: true,
  organisation: true,
}

const flag = (fact: ConsentFact, defaultValue?: CheckboxField['defaultValue']): CheckboxField => ({
  name: CONSENT_FLAGS[fact],
  type: 'checkbox',
  label: labels[fact],
  defaultValue,
})

const CONSENT_METHODS = [
  { label: 'Registration form', value: 'form' },
  { label: 'E-mail', value: 'email' },
  { label: 'In person', value: 'in-person' },
  { label: 'Through their organisation', value: 'organisation' },
] as const

/** An assembly's defaults: new speakers start from the newest assembly's. */
export const consentDefaultsField: GroupField = {
  name: 'consentDefaults',
  type: 'group',
  label: 'What speakers show unless they say otherwise',
  admin: {
    description:
      'New speakers start from the newest assembly’s choices; a speaker’s own record can differ. Ticked means shown on the public site.',
  },
  fields: [
    {
      type: 'row',
      fields: CONSENT_FACTS.map((fact) => flag(fact, FALLBACK_DEFAULTS[fact])),
    },
  ],
}

type Defaults = Partial<Record<string, boolean | null>>

// One query per request, however many flags ask.
const newestDefaults = new WeakMap<PayloadRequest, Promise<Defaults | null>>()

function defaultsOfNewestAssembly(req: PayloadRequest): Promise<Defaults | null> {
  let found = newestDefaults.get(req)
  if (!found) {
    found = req.payload
      .find({
        collection: 'assemblies',
        sort: '-year',
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { consentDefaults: true },
        req,
      })
      .then(({ docs }) => docs[0]?.consentDefaults ?? null)
    newestDefaults.set(req, found)
  }
  return found
}

const defaultFrom =
  (fact: ConsentFact): CheckboxField['defaultValue'] =>
  async ({ req }: { req: PayloadRequest }) => {
    const defaults = await defaultsOfNewestAssembly(req)
    return defaults?.[CONSENT_FLAGS[fact]] ?? FALLBACK_DEFAULTS[fact]
  }

const staffOnly = { read: staffFieldOnly }

/** A speaker's consent: what shows, and the record of how it was given. */
export const consentField: Field = {
  name: 'consent',
  type: 'group',
  label: 'Consent',
  admin: {
    description:
      'What this person agreed to show on the public site. Without a name, their contributions are shown as “A speaker from …”, and their page does not exist.',
  },
  fields: [
    { type: 'row', fields: CONSENT_FACTS.map((fact) => flag(fact, defaultFrom(fact))) },
    {
      name: 'basis',
      type: 'select',
      defaultValue: 'assembly-default',
      access: staffOnly,
      options: [
        { label: 'The assembly’s defaults (not asked yet)', value: 'assembly-default' },
        { label: 'Given by the person', value: 'given' },
        { label: 'Anonymised at their request', value: 'anonymised' },
        { label: 'Erased at their request', value: 'erased' },
      ],
      // The withdrawals are set by the Anonymise and Erase actions only (lib/consent/withdrawal.ts).
      filterOptions: ({ options, siblingData }) =>
        options.filter((option) => {
          const value = typeof option === 'string' ? option : option.value
          return !isWithdrawal(value) || (siblingData as { basis?: string })?.basis === value
        }),
    },
    {
      type: 'row',
      admin: { condition: (_data, sibling) => sibling?.basis === 'given' },
      fields: [
        {
          name: 'givenOn',
          type: 'date',
          label: 'Given on',
          access: staffOnly,
          admin: { date: { pickerAppearance: 'dayOnly' } },
          validate: (value: unknown, { siblingData }: { siblingData: { basis?: string } }) =>
            siblingData.basis !== 'given' || Boolean(value) || 'Give the date they agreed.',
        },
        {
          name: 'method',
          type: 'select',
          label: 'How',
          access: staffOnly,
          options: [...CONSENT_METHODS],
          validate: (value: unknown, { siblingData }: { siblingData: { basis?: string } }) =>
            siblingData.basis !== 'given' || Boolean(value) || 'Say how they agreed.',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        // Set by hooks/recordConsent.ts on every change, whatever a request sends.
        {
          name: 'recordedBy',
          type: 'relationship',
          relationTo: 'users',
          label: 'Recorded by',
          access: staffOnly,
          admin: { readOnly: true },
        },
        {
          name: 'recordedAt',
          type: 'date',
          label: 'Recorded at',
          access: staffOnly,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}
