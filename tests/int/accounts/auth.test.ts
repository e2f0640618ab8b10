import { jest } from '@jest/globals'

import { AUTH_RATE_LIMITS, type AuthAction, LOGIN_BACKOFF } from '@/lib/security/authRateLimits'
import { MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT } from '@/lib/security/passwords'
import type { User } from '@/payload-types'
import { createUser } from '@/tests/helpers/payload'
import { from, rest, tokenFor } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'
import config from '@payload-config'

const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
const graphqlPost = GRAPHQL_POST(config)

const app = setupRecord()
const SITE = process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
const PASSWORD = 'correct horse battery staple'

// Every test counts attempts under its own addresses and e-mails, so the limits of one test never
// spill into another.
let n = 0
const unique = () => `${Date.now().toString(36)}-${(n += 1)}`
const newAddress = () => {
  n += 1
  return `203.0.${Math.floor(n / 250) % 250}.${n % 250}`
}
const newEmail = () => `nobody-${unique()}@example.org`

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  rest(path, { method: 'POST', body: JSON.stringify(body), headers })

const login = (email: string, password: string, address: string) =>
  post('/users/login', { email, password }, from(address))

const messageOf = async (response: Response): Promise<string> => {
  const body = (await response.json()) as {
    errors?: Array<{
      message: string
      data?: { errors?: Array<{ message: string; path: string }> }
    }>
  }
  return (body.errors ?? [])
    .flatMap((error) => [
      error.message,
      ...(error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`),
    ])
    .join(' | ')
}

/** Sends `count` requests that the rate limit must let through; returns their statuses. */
async function spend(count: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < count; i += 1) statuses.push((await send(i)).status)
  return statuses
}

async function expectTooMany(response: Response, action: AuthAction) {
  expect(response.status).toBe(429)
  const retryAfter = Number(response.headers.get('Retry-After'))
  const windowSeconds =
    Math.max(
      AUTH_RATE_LIMITS[action].perAddress.windowMs,
      AUTH_RATE_LIMITS[action].perEmail?.windowMs ?? 0,
    ) / 1000
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
  expect(await messageOf(response)).toMatch(
    /^Too many .+ Please wait \d+ (seconds|minutes) and try again\.$/,
  )
}

describe('first-register (an empty database)', () => {
  it('enforces the minimum password length, then rate-limits the endpoint', async () => {
    await app.payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const address = newAddress()
    const { limit } = AUTH_RATE_LIMITS.register.perAddress
    const attempt = () =>
      post(
        '/users/first-register',
        { email: 'first@example.org', password: 'too short', 'confirm-password': 'too short' },
        from(address),
      )
    const first = await attempt()
    expect(first.status).toBe(400)
    expect(await messageOf(first)).toContain(`password: ${PASSWORD_TOO_SHORT}`)
    expect(await spend(limit - 1, attempt)).toEqual(Array(limit - 1).fill(400))
    await expectTooMany(await attempt(), 'register')
    expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(0)

    // Another address is not affected, and a long enough password creates the first admin.
    const created = await post(
      '/users/first-register',
      { email: 'first@example.org', password: PASSWORD, 'confirm-password': PASSWORD },
      from(newAddress()),
    )
    expect(created.status).toBe(200)
  })
})

describe('accounts', () => {
  let admin: User
  let editor: User

  beforeAll(async () => {
    admin = await createUser(app.payload, 'admin')
    editor = await createUser(app.payload, 'editor')
  })

  describe('rate limits on the auth endpoints', () => {
    it('limits sign-in attempts per address, with Retry-After, and leaves other addresses alone', async () => {
      const address = newAddress()
      const { limit } = AUTH_RATE_LIMITS.login.perAddress
      expect(await spend(limit, () => login(newEmail(), 'whatever it is', address))).toEqual(
        Array(limit).fill(401),
      )
      await expectTooMany(await login(newEmail(), 'whatever it is', address), 'login')
      // The right password does not get past the limit either.
      await expectTooMany(await login(editor.email, PASSWORD, address), 'login')
      expect((await login(editor.email, PASSWORD, newAddress())).status).toBe(200)
    })

    it('does not count sign-ins that succeed: one office address, one person on many devices', async () => {
      const user = await createUser(app.payload, 'editor')
      const address = newAddress()
      const { limit } = AUTH_RATE_LIMITS.login.perAddress
      expect(await spend(limit + 1, () => login(user.email, PASSWORD, address))).toEqual(
        Array(limit + 1).fill(200),
      )
      // Failures still count: after the free ones, this address waits before trying this account.
      const { freeFailures } = LOGIN_BACKOFF
      expect(
        await spend(freeFailures, () => login(user.email, 'a wrong password', address)),
      ).toEqual(Array(freeFailures).fill(401))
      await expectTooMany(await login(user.email, PASSWORD, address), 'login')
    })

    it('limits GraphQL sign-in through the same counters', async () => {
      const address = newAddress()
      const { limit } = AUTH_RATE_LIMITS.login.perAddress
      await spend(limit, () => login(newEmail(), 'whatever it is', address))
      const response = await graphqlPost(
        new Request(`${SITE}/api/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...from(address) },
          body: JSON.stringify({
            query: `mutation { loginUser(email: "${editor.email}", password: "${PASSWORD}") { token } }`,
          }),
        }),
      )
      const body = (await response.json()) as {
        data?: { loginUser: unknown }
        errors?: Array<{ message: string }>
      }
      expect(body.data?.loginUser ?? null).toBeNull()
      expect(body.errors?.[0]?.message).toMatch(/^Too many sign-in attempts/)
    })

    it('limits forgot-password requests', async () => {
      const address = newAddress()
      const { limit } = AUTH_RATE_LIMITS.forgotPassword.perAddress
      const ask = () => post('/users/forgot-password', { email: newEmail() }, from(address))
      expect(await spend(limit, ask)).toEqual(Array(limit).fill(200))
      await expectTooMany(await ask(), 'forgotPassword')
    })

    it('limits reset-password attempts (guessing tokens)', async () => {
      const address = newAddress()
      const { limit } = AUTH_RATE_LIMITS.resetPassword.perAddress
      const guess = (i: number) =>
        post('/users/reset-password', { token: `guess-${i}`, password: PASSWORD }, from(address))
      expect(await spend(limit, guess)).toEqual(Array(limit).fill(403))
      await expectTooMany(await guess(limit), 'resetPassword')
    })

    it('limits unlock attempts', async () => {
      const address = newAddress()
      const { limit } = AUTH_RATE_LIMITS.unlock.perAddress
      const unlock = () => post('/users/unlock', { email: newEmail() }, from(address))
      const statuses = await spend(limit, unlock)
      expect(statuses.every((status) => status !== 429)).toBe(true)
      await expectTooMany(await unlock(), 'unlock')
    })

    it('does not count the server’s own Local API calls', async () => {
      const user = await createUser(app.payload, 'editor')
      for (let i = 0; i <= LOGIN_BACKOFF.freeFailures; i += 1) {
        await expect(
          app.payload.login({
            collection: 'users',
            data: { email: user.email, password: 'a wrong password' },
          }),
        ).rejects.toMatchObject({ status: 401 })
      }
      // A request with no socket address counts as "unknown", which those calls would have used.
      const response = await post('/users/login', { email: user.email, password: PASSWORD })
      expect(response.status).toBe(200)
    })
  })

  describe('minimum password length', () => {
    const short = 'x'.repeat(MIN_PASSWORD_LENGTH - 1)
    const long = 'y'.repeat(MIN_PASSWORD_LENGTH)

    it('is enforced when an admin creates an account (Local API and REST)', async () => {
      await expect(
        app.payload.create({
          collection: 'users',
          data: { email: `${unique()}@example.org`, password: short, role: 'editor' },
          user: admin,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({
        status: 400,
        data: { errors: [{ path: 'password', message: PASSWORD_TOO_SHORT }] },
      })

      const token = await tokenFor(app.payload, admin)
      const response = await rest('/users', {
        method: 'POST',
        body: JSON.stringify({ email: `${unique()}@example.org`, password: short, role: 'editor' }),
        token,
      })
      expect(response.status).toBe(400)
      expect(await messageOf(response)).toContain(`password: ${PASSWORD_TOO_SHORT}`)

      const created = await app.payload.create({
        collection: 'users',
        data: { email: `${unique()}@example.org`, password: long, role: 'editor' },
        user: admin,
        overrideAccess: false,
      })
      expect(created.role).toBe('editor')
    })

    it('is enforced when a user changes their own password', async () => {
      const user = await createUser(app.payload, 'editor')
      const token = await tokenFor(app.payload, user)
      const refused = await rest(`/users/${user.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ password: short }),
        token,
      })
      expect(refused.status).toBe(400)
      expect(await messageOf(refused)).toContain(`password: ${PASSWORD_TOO_SHORT}`)
      expect((await login(user.email, PASSWORD, newAddress())).status).toBe(200)

      const changed = await rest(`/users/${user.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ password: long }),
        token,
      })
      expect(changed.status).toBe(200)
      expect((await login(user.email, long, newAddress())).status).toBe(200)
    })

    it('is enforced on reset-password, and the token still works for a long password', async () => {
      const user = await createUser(app.payload, 'editor')
      const resetToken = await app.payload.forgotPassword({
        collection: 'users',
        data: { email: user.email },
        disableEmail: true,
      })
      const address = newAddress()
      const refused = await post(
        '/users/reset-password',
        { token: resetToken, password: short },
        from(address),
      )
      expect(refused.status).toBe(400)
      expect(await messageOf(refused)).toContain(`password: ${PASSWORD_TOO_SHORT}`)

      const reset = await post(
        '/users/reset-password',
        { token: resetToken, password: long },
        from(address),
      )
      expect(reset.status).toBe(200)
      expect((await login(user.email, long, newAddress())).status).toBe(200)
    })

    it('accepts the passwords the tests and the browser journeys use', () => {
      for (const password of [PASSWORD, 'first admin password 2025', 'editor password 2025']) {
        expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH)
      }
    })
  })

  describe('session cookie, CSRF and CORS', () => {
    let cookie: string
    let setCookie: string

    beforeAll(async () => {
      const response = await login(editor.email, PASSWORD, newAddress())
      expect(response.status).toBe(200)
      setCookie = response.headers.get('Set-Cookie') ?? ''
      cookie = setCookie.split(';')[0] ?? ''
      expect(cookie).toMatch(/^payload-token=.+/)
    })

    it('is httpOnly and SameSite=Lax, and Secure only in production', () => {
      expect(setCookie).toMatch(/;\s*HttpOnly/i)
      expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
      // The test run is not production; the browser journey checks Secure on `next start`.
      expect(setCookie).not.toMatch(/;\s*Secure/i)
      expect(app.payload.collections.users.config.auth.cookies.secure).toBe(false)
    })

    const me = async (headers: Record<string, string>) => {
      const response = await rest('/users/me', { headers: { Cookie: cookie, ...headers } })
      return ((await response.json()) as { user: { id: number } | null }).user
    }

    it('authenticates the cookie from the site’s own origin only', async () => {
      expect((await me({ Origin: SITE }))?.id).toBe(editor.id)
      expect(await me({ Origin: 'https://evil.example' })).toBeNull()
      expect(await me({ 'Sec-Fetch-Site': 'same-origin' })).not.toBeNull()
      expect(await me({ 'Sec-Fetch-Site': 'cross-site' })).toBeNull()
    })

    it('refuses a cookie-authenticated write sent from another origin', async () => {
      const create = (origin: string) =>
        rest('/topics', {
          method: 'POST',
          body: JSON.stringify({ name: `Topic ${unique()}`, description: 'From a form' }),
          headers: { Cookie: cookie, Origin: origin },
        })
      expect((await create('https://evil.example')).status).toBe(403)
      expect((await create(SITE)).status).toBe(201)
    })

    it('grants CORS to the site’s own origin and to no other', async () => {
      const preflight = (origin: string) =>
        rest('/users/me', {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
        })
      const foreign = await preflight('https://evil.example')
      expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull()
      const own = await preflight(SITE)
      expect(own.headers.get('Access-Control-Allow-Origin')).toBe(SITE)
      expect(own.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    })
  })
})

describe('e-mail when SMTP_URL is unset (development and tests)', () => {
  it('writes the whole message to the log, reset link included', async () => {
    const user = await createUser(app.payload, 'editor')
    const info = jest.spyOn(app.payload.logger, 'info').mockImplementation(() => undefined)
    try {
      const response = await post(
        '/users/forgot-password',
        { email: user.email },
        from(newAddress()),
      )
      expect(response.status).toBe(200)
      const { docs } = await app.payload.find({
        collection: 'users',
        where: { id: { equals: user.id } },
        showHiddenFields: true,
      })
      const resetToken = docs[0]?.resetPasswordToken
      expect(resetToken).toBeTruthy()
      const logged = info.mock.calls.map((call) => JSON.stringify(call)).join('\n')
      expect(logged).toContain(user.email)
      expect(logged).toContain(`${SITE}/admin/reset/${resetToken}`)
    } finally {
      info.mockRestore()
    }
  })
})
