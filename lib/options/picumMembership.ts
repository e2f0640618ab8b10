import { defineOptions } from '@/lib/options/define'

// Unknown unless a source states it.
export const picumMembership = defineOptions([
  { value: 'unknown', label: 'Not known' },
  { value: 'member', label: 'PICUM member' },
  { value: 'not-member', label: 'Not a PICUM member' },
])
