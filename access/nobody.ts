import type { FieldAccess } from 'payload'

/**
 * Field-level: no request may set the field, whoever sends it. For values the app derives
 * itself, in hooks that write with `overrideAccess: true`.
 */
export const nobody: FieldAccess = () => false
