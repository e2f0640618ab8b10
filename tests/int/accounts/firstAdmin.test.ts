import { jest } from '@jest/globals'

import {
  announceSetupToken,
  FIRST_ACCOUNT_EXISTS,
  SETUP_TOKEN_MISSING,
  SETUP_TOKEN_WRONG,
  setupTokenFor,
} from '@/lib/security/firstAdmin'
import { createUser } from '@/tests/helpers/payload'
import { from, rest, sessionCookie } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()
const PASSWORD = 'correct horse battery staple'

/** Each test starts from a database with no account, as a fresh install. */
beforeEach(async () => {
  await app.payload.delete({ collection: 'users', where: { id: { exists: true } } })
})

let n = 0
const newAddress = () => `198.51.100.${(n += 1)}`

const register = (data: Record<string, unknown>, address = newAddress()) =>
  rest('/users/first-register', {
    method: 'POST',
    body: JSON.stringify({ password: PASSWORD, 'confirm-password': PASSWORD, ...data }),
    headers: from(address),
  })

type ErrorBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ message: string; path: string }> } }>
}
const messagesOf = async (response: Response): Promise<string[]> => {
  const body = (await response.json()) as ErrorBody
  return (body.errors ?? []).flatMap((error) => [
    error.message,
    ...(error.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`),
  ])
}

const accounts = async () =>
  (await app.payload.find({ collection: 'users', limit: 100, depth: 0 })).docs.map((u) => ({
    email: u.email,
    role: u.role,
  }))

describe('the first account', () => {
  it('goes to exactly one of ten simultaneous registrations; the nine others get a 409 and no account', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => register({ email: `racer-${i}@example.org` })),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(9)
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(await messagesOf(response)).toEqual([FIRST_ACCOUNT_EXISTS])
    }
    const created = await accounts()
    expect(created).toHaveLength(1)
    expect(created[0]?.role).toBe('admin')
    const winner = responses.findIndex((r) => r.status === 200)
    expect(created[0]?.email).toBe(`racer-${winner}@example.org`)
  })

  it('is refused with the same 409 once an account exists, and later Local API accounts are editors', async () => {
    expect((await register({ email: 'first@example.org' })).status).toBe(200)
    const late = await register({ email: 'late@example.org' })
    expect(late.status).toBe(409)
    expect(await messagesOf(late)).toEqual([FIRST_ACCOUNT_EXISTS])
    const second = await createUser(app.payload, 'editor')
    expect(second.role).toBe('editor')
    expect((await accounts()).map((a) => a.role).sort()).toEqual(['admin', 'editor'])
  })

  it('is an admin whatever role the registration asks for, and cannot be claimed twice through the Local API', async () => {
    const response = await register({
      email: 'first@example.org',
      role: 'editor',
      firstAccount: false,
    })
    expect(response.status).toBe(200)
    const [first] = (
      await app.payload.find({ collection: 'users', depth: 0, showHiddenFields: true })
    ).docs
    expect(first?.role).toBe('admin')
    // Ten simultaneous Local API creates on an empty table also make exactly one admin.
    await app.payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        app.payload.create({
          collection: 'users',
          data: { email: `local-${i}@example.org`, password: PASSWORD, role: 'editor' },
        }),
      ),
    )
    const made = await accounts()
    expect(made.filter((a) => a.role === 'admin')).toHaveLength(1)
    expect(made).toHaveLength(results.filter((r) => r.status === 'fulfilled').length)
  })

  it('answers with a session cookie and no token in the body', async () => {
    const response = await register({ email: 'first@example.org' })
    expect(response.status).toBe(200)
    expect(sessionCookie(response)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).not.toHaveProperty('token')
    expect(body).toMatchObject({ user: { email: 'first@example.org', role: 'admin' } })
    expect(JSON.stringify(body)).not.toContain(sessionCookie(response))
  })
})

describe('in production', () => {
  const secret = process.env.PAYLOAD_SECRET!
  let nodeEnv: string | undefined

  beforeEach(() => {
    nodeEnv = process.env.NODE_ENV
    Object.assign(process.env, { NODE_ENV: 'production' })
  })
  afterEach(() => {
    Object.assign(process.env, { NODE_ENV: nodeEnv })
  })

  it.each([
    {
      refused: 'a first registration without the setup token',
      sent: {},
      says: SETUP_TOKEN_MISSING,
    },
    {
      refused: 'a wrong setup token',
      sent: { setupToken: setupTokenFor('another secret') },
      says: SETUP_TOKEN_WRONG,
    },
  ])('refuses $refused, and makes no account', async ({ sent, says }) => {
    const response = await register({ email: 'first@example.org', ...sent })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain(`setupToken: ${says}`)
    expect(await accounts()).toEqual([])
  })

  it('creates the first admin with the setup token derived from PAYLOAD_SECRET', async () => {
    const response = await register({
      email: 'first@example.org',
      setupToken: setupTokenFor(secret),
    })
    expect(response.status).toBe(200)
    expect(await accounts()).toEqual([{ email: 'first@example.org', role: 'admin' }])
    // The token is worth nothing once an account exists.
    const again = await register({ email: 'second@example.org', setupToken: setupTokenFor(secret) })
    expect(again.status).toBe(409)
  })

  it('prints the token and the form’s address at start only while there is no account', async () => {
    const info = jest.spyOn(app.payload.logger, 'info').mockImplementation(() => undefined)
    try {
      expect(await announceSetupToken(app.payload)).toBe(true)
      const line = String(info.mock.calls.at(-1)?.[0])
      expect(line).toContain(setupTokenFor(secret))
      expect(line).toContain(`${process.env.NEXT_PUBLIC_SERVER_URL}/admin/create-first-user`)
      info.mockClear()
      await createUser(app.payload, 'editor')
      expect(await announceSetupToken(app.payload)).toBe(false)
      expect(info).not.toHaveBeenCalled()
    } finally {
      info.mockRestore()
    }
  })

  it('shows the setup-token field on the first-user form only to a visitor, in production', () => {
    const field = app.payload.collections.users.config.fields.find(
      (f) => 'name' in f && f.name === 'setupToken',
    ) as { admin?: { condition?: (...args: unknown[]) => boolean; readOnly?: boolean } } | undefined
    const condition = field?.admin?.condition
    expect(condition).toBeInstanceOf(Function)
    // Payload makes virtual fields read-only in the admin unless told otherwise.
    expect(field?.admin?.readOnly).toBe(false)
    const shown = (user: unknown) => condition!({}, {}, { user, operation: 'create' })
    expect(shown(null)).toBe(true)
    expect(shown({ id: 1, role: 'admin' })).toBe(false)
    Object.assign(process.env, { NODE_ENV: 'development' })
    expect(shown(null)).toBe(false)
  })
})

describe('in development and tests', () => {
  it('needs no setup token', async () => {
    expect((await register({ email: 'first@example.org' })).status).toBe(200)
  })
})
