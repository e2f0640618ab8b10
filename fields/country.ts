import type { SelectField } from 'payload'

import { COUNTRY_CODES, countryName } from '@/lib/countries'

/**
 * An ISO 3166-1 alpha-2 country as a select: the database stores the code, staff pick a name,
 * and anything outside the list is rejected by Payload's select validation.
 */
export const countryField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'country',
    type: 'select',
    options: COUNTRY_CODES.map((code) => ({ label: countryName(code), value: code })),
    index: true,
    ...overrides,
  }) as SelectField
