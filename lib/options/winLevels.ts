import { defineOptions } from '@/lib/options/define'

export const winLevels = defineOptions([
  { value: 'local', label: 'Local' },
  { value: 'national', label: 'National' },
  { value: 'eu', label: 'EU' },
  { value: 'international', label: 'International' },
])
