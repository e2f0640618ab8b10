import type { FieldAccess } from 'payload'

/** For values the app derives itself in hooks that write with `overrideAccess: true`. */
export const nobody: FieldAccess = () => false
