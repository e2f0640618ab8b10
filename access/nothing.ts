import type { Access } from 'payload'

/** For documents only the server writes, through hooks with `overrideAccess: true`. */
export const nothing: Access = () => false
