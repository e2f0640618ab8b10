import { hasStaffHint, STAFF_HINT_COOKIE } from '@/lib/preview/staffHint'
import { from, rest, sessionCookie } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

/**
 * The staff hint cookie decides only whether a page loads the staff bar's code; it must never
 * stand in for a session. Signing in sets it, signing out clears it, and on its own it is nobody.
 */
const app = setupRecord({ staff: ['admin', 'editor'] })
const PASSWORD = 'correct horse battery staple'

let n = 0
const freshAddress = () => `2001:db8:5::${(n += 1).toString(16)}`

const hintOf = (response: Response) =>
  response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${STAFF_HINT_COOKIE}=`))

const login = (email: string, password: string) =>
  rest('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email, password }),
    headers: from(freshAddress()),
  })

describe('the staff hint cookie', () => {
  it('is set by a sign-in, for scripts to read, and says nothing but "1"', async () => {
    for (const user of [app.admin, app.editor]) {
      const response = await login(user.email, PASSWORD)
      expect(response.status).toBe(200)
      expect(sessionCookie(response)).toBeTruthy()
      const hint = hintOf(response)
      expect(hint).toMatch(
        new RegExp(`^${STAFF_HINT_COOKIE}=1; Max-Age=\\d+; Path=/; SameSite=Lax`),
      )
      expect(hint).not.toMatch(/HttpOnly/i)
      expect(hint).not.toContain(user.email)
    }
  })

  it('is not set by a failed sign-in', async () => {
    const response = await login(app.editor.email, 'not the password at all')
    expect(response.status).toBe(401)
    expect(hintOf(response)).toBeUndefined()
  })

  it('grants nothing on its own: /users/me answers no user, the users list is refused', async () => {
    const headers = { Cookie: `${STAFF_HINT_COOKIE}=1` }
    const me = await rest('/users/me', { headers })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
    const users = await rest('/users', { headers })
    expect(users.status).toBe(403)
  })

  it('is cleared by signing out and renewed by refreshing the session', async () => {
    const token = sessionCookie(await login(app.editor.email, PASSWORD))!
    const refreshed = await rest('/users/refresh-token', { method: 'POST', token })
    expect(refreshed.status).toBe(200)
    expect(hintOf(refreshed)).toMatch(new RegExp(`^${STAFF_HINT_COOKIE}=1;`))
    const fresh = sessionCookie(refreshed) ?? token
    const out = await rest('/users/logout', { method: 'POST', token: fresh })
    expect(out.status).toBe(200)
    expect(hintOf(out)).toMatch(new RegExp(`^${STAFF_HINT_COOKIE}=; Max-Age=0; Path=/`))
  })
})

describe('hasStaffHint', () => {
  it('reads the cookie only when its value is exactly 1', () => {
    expect(hasStaffHint(`a=b; ${STAFF_HINT_COOKIE}=1`)).toBe(true)
    expect(hasStaffHint(`${STAFF_HINT_COOKIE}=1;a=b`)).toBe(true)
    expect(hasStaffHint('')).toBe(false)
    expect(hasStaffHint(`${STAFF_HINT_COOKIE}=`)).toBe(false)
    expect(hasStaffHint(`${STAFF_HINT_COOKIE}=10`)).toBe(false)
    expect(hasStaffHint(`x${STAFF_HINT_COOKIE}=1`)).toBe(false)
  })
})
