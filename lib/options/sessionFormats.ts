import { defineOptions } from '@/lib/options/define'

export const sessionFormats = defineOptions([
  { value: 'plenary', label: 'Plenary' },
  { value: 'panel', label: 'Panel' },
  { value: 'workshop', label: 'Workshop' },
  { value: 'other', label: 'Other', siteLabel: 'Session' },
])
