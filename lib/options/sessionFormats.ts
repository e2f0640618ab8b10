import { defineOptions } from '@/lib/options/define'

/** What kind of session a session is. */
export const sessionFormats = defineOptions([
  { value: 'plenary', label: 'Plenary' },
  { value: 'panel', label: 'Panel' },
  { value: 'workshop', label: 'Workshop' },
  { value: 'other', label: 'Other', siteLabel: 'Session' },
])
