// Pages are static, so the browser finds out whether someone is signed in. This cookie only says
// "someone signed in here once": it grants nothing (the staff bar still asks /api/users/me, whose
// answer needs the httpOnly session cookie). Visitors without it never load the staff code.
// Imported by client components: nothing here may reach the server or the environment.

export const STAFF_HINT_COOKIE = 'picum-staff'

export const hasStaffHint = (cookie: string): boolean =>
  cookie.split(';').some((part) => part.trim() === `${STAFF_HINT_COOKIE}=1`)

const attributes = (secure: boolean) => `Path=/; SameSite=Lax${secure ? '; Secure' : ''}`

// Readable by scripts on purpose (no HttpOnly): the page's own script reads it.
export const staffHintCookie = ({ secure, maxAge }: { secure: boolean; maxAge: number }): string =>
  `${STAFF_HINT_COOKIE}=1; Max-Age=${maxAge}; ${attributes(secure)}`

export const clearedStaffHintCookie = ({ secure }: { secure: boolean }): string =>
  `${STAFF_HINT_COOKIE}=; Max-Age=0; ${attributes(secure)}`
