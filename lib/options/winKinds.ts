import { defineOptions } from '@/lib/options/define'

export const winKinds = defineOptions([
  { value: 'legislation', label: 'Legislation' },
  { value: 'regularisation', label: 'Regularisation' },
  { value: 'court-judgment', label: 'Court judgment' },
  { value: 'policy', label: 'Policy' },
  { value: 'labour-rights', label: 'Labour rights' },
  { value: 'other', label: 'Other' },
])
