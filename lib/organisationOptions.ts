/**
 * The options of an organisation's kind and PICUM membership. Kept free of imports: the
 * collection, the site's labels and the seed's zod schema all derive from these lists.
 */
export const ORGANISATION_KINDS = [
  { label: 'NGO', value: 'ngo' },
  { label: 'Network of organisations', value: 'network' },
  { label: 'Trade union', value: 'trade-union' },
  { label: 'Faith-based organisation', value: 'faith-based' },
  { label: 'Research / university', value: 'research' },
  { label: 'UN body', value: 'un-body' },
  { label: 'EU institution', value: 'eu-institution' },
  { label: 'Parliamentary group', value: 'parliamentary-group' },
  { label: 'Other', value: 'other' },
] as const

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]['value']

/** Membership is a fact of its own: unknown unless a source states it. */
export const PICUM_MEMBERSHIP = [
  { label: 'Not known', value: 'unknown' },
  { label: 'PICUM member', value: 'member' },
  { label: 'Not a PICUM member', value: 'not-member' },
] as const

export type PicumMembership = (typeof PICUM_MEMBERSHIP)[number]['value']

export const optionValues = <T extends ReadonlyArray<{ value: string }>>(options: T) =>
  options.map((option) => option.value) as unknown as [T[number]['value'], ...T[number]['value'][]]
