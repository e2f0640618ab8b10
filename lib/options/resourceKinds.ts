import { defineOptions } from '@/lib/options/define'

/** What a resource mentioned in a session is. */
export const resourceKinds = defineOptions([
  { value: 'report', label: 'Report' },
  { value: 'toolkit', label: 'Toolkit' },
  { value: 'judgment', label: 'Judgment' },
  { value: 'recording', label: 'Recording' },
  { value: 'other', label: 'Other', siteLabel: 'Resource' },
])
