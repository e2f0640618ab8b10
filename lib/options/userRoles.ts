import { defineOptions } from '@/lib/options/define'

export const userRoles = defineOptions([
  { value: 'admin', label: 'Admin: keeps the record and manages staff accounts' },
  { value: 'editor', label: 'Editor: keeps the record' },
])
