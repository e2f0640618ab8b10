import { defineOptions } from '@/lib/options/define'

/** Where a win applies. */
export const winLevels = defineOptions([
  { value: 'local', label: 'Local' },
  { value: 'national', label: 'National' },
  { value: 'eu', label: 'EU' },
  { value: 'international', label: 'International' },
])
