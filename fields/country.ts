import type { SelectField } from 'payload'

import { COUNTRY_CODES, countryName } from '@/lib/countries'

export const countryField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'country',
    type: 'select',
    options: COUNTRY_CODES.map((code) => ({ label: countryName(code), value: code })),
    index: true,
    ...overrides,
  }) as SelectField
