import { defineOptions } from '@/lib/options/define'

export const organisationKinds = defineOptions([
  { value: 'ngo', label: 'NGO' },
  { value: 'network', label: 'Network of organisations' },
  { value: 'trade-union', label: 'Trade union' },
  { value: 'faith-based', label: 'Faith-based organisation' },
  { value: 'research', label: 'Research / university' },
  { value: 'un-body', label: 'UN body' },
  { value: 'eu-institution', label: 'EU institution' },
  { value: 'parliamentary-group', label: 'Parliamentary group' },
  { value: 'other', label: 'Other' },
])
