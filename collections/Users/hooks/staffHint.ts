import type {
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionAfterRefreshHook,
  PayloadRequest,
} from 'payload'

import { env } from '@/lib/env'
import { clearedStaffHintCookie, staffHintCookie } from '@/lib/preview/staffHint'

// Outlives a session on purpose: a stale hint costs one /api/users/me request, after which the
// staff bar clears it. It grants nothing (lib/preview/staffHint.ts).
const HINT_MAX_AGE = 60 * 60 * 24 * 30

// Payload adds req.responseHeaders to the REST answer; the Local API sends no cookies.
function setCookie(req: PayloadRequest, cookie: string) {
  if (req.payloadAPI === 'local') return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('Set-Cookie', cookie)
}

const secure = () => env().NODE_ENV === 'production'

export const setStaffHint: CollectionAfterLoginHook = ({ req, user }) => {
  setCookie(req, staffHintCookie({ secure: secure(), maxAge: HINT_MAX_AGE }))
  return user
}

export const renewStaffHint: CollectionAfterRefreshHook = ({ req }) => {
  setCookie(req, staffHintCookie({ secure: secure(), maxAge: HINT_MAX_AGE }))
}

export const clearStaffHint: CollectionAfterLogoutHook = ({ req }) => {
  setCookie(req, clearedStaffHintCookie({ secure: secure() }))
}
