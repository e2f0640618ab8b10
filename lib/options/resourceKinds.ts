import { defineOptions } from '@/lib/options/define'

export const resourceKinds = defineOptions([
  { value: 'report', label: 'Report' },
  { value: 'toolkit', label: 'Toolkit' },
  { value: 'judgment', label: 'Judgment' },
  { value: 'recording', label: 'Recording' },
  { value: 'other', label: 'Other', siteLabel: 'Resource' },
])
