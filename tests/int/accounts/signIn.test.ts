import { pbkdf2Sync } from 'node:crypto'

import { jest } from '@jest/globals'

import { decoyHashing, PAYLOAD_PASSWORD_HASH } from '@/collections/Users/hooks/limitAuthAttempts'
import { AUTH_RATE_LIMITS, LOGIN_BACKOFF } from '@/lib/security/authRateLimits'
import { createUser } from '@/tests/helpers/payload'
import { from, rest, sessionCookie, tokenFor } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'
import config from '@payload-config'

/**
 * Sign-in protection that cannot be turned against staff: limits count the socket's address (no
 * header a client sends changes it), per address and per address-and-account, never per account
 * alone; a wrong password, an unknown account and a backed-off attempt answer the same whoever
 * the account belongs to.
 */
const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
const graphqlPost = GRAPHQL_POST(config)

const app = setupRecord({ staff: ['admin', 'editor'] })
const PASSWORD = 'correct horse battery staple'

// Every test signs in from addresses of its own, so the limits of one never spill into another.
let n = 0
const freshAddress = () => `2001:db8::${(n += 1).toString(16)}`
const newEmail = () => `nobody-${Date.now().toString(36)}-${(n += 1)}@example.org`

const post = (path: string, body: unknown, headers: Record<string, string>) =>
  rest(path, { method: 'POST', body: JSON.stringify(body), headers })
const login = (email: unknown, password: string, address: string, headers = {}) =>
  post('/users/login', { email, password }, { ...from(address), ...headers })

const messageOf = async (response: Response) =>
  ((await response.json()) as { errors?: Array<{ message: string }> }).errors?.[0]?.message ?? ''

async function spend(count: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < count; i += 1) statuses.push((await send(i)).status)
  return statuses
}

/** Everything a client can compare: status, every header, the body's bytes. */
const answer = async (response: Response) => ({
  status: response.status,
  headers: [...response.headers.entries()],
  body: await response.text(),
})

/** Stops the limiters' clock at `start`; `advance` moves it. */
function frozenClock(start = Date.now()) {
  let now = start
  const spy = jest.spyOn(Date, 'now').mockImplementation(() => now)
  return {
    advance: (ms: number) => {
      now += ms
    },
    restore: () => spy.mockRestore(),
  }
}

describe('keys', () => {
  it('refuses an e-mail that is not one, or is too long, with a 400 that counts nothing', async () => {
    const address = freshAddress()
    const bad: unknown[] = [
      `${'a'.repeat(10 * 1024 * 1024)}@example.org`,
      `${'a'.repeat(250)}@example.org`,
      'not an address',
      '',
      42,
      null,
      { equals: 'x@example.org' },
    ]
    for (const email of bad) {
      const response = await login(email, 'whatever it is', address)
      expect(response.status).toBe(400)
      expect(await messageOf(response)).toBe(
        'Enter the e-mail address of the account (at most 254 characters).',
      )
    }
    const forgot = await post('/users/forgot-password', { email: 'x'.repeat(5000) }, from(address))
    expect(forgot.status).toBe(400)
    // None of them used up the address's budget.
    const { limit } = AUTH_RATE_LIMITS.login.perAddress
    expect(await spend(limit, () => login(newEmail(), 'whatever it is', address))).toEqual(
      Array(limit).fill(401),
    )
    expect((await login(newEmail(), 'whatever it is', address)).status).toBe(429)
  })
})

describe('the client address', () => {
  it('is the socket’s: forged X-Forwarded-For and X-Real-IP headers do not change what is counted', async () => {
    const address = freshAddress()
    const { limit } = AUTH_RATE_LIMITS.login.perAddress
    const forged = (i: number) => ({
      'X-Real-IP': `10.9.${i}.1`,
      'X-Forwarded-For': `10.8.${i}.1, 10.7.${i}.1`,
    })
    expect(
      await spend(limit, (i) => login(newEmail(), 'whatever it is', address, forged(i))),
    ).toEqual(Array(limit).fill(401))
    const refused = await login(newEmail(), 'whatever it is', address, forged(999))
    expect(refused.status).toBe(429)
    // Another socket address is another client.
    expect((await login(app.editor.email, PASSWORD, freshAddress(), forged(999))).status).toBe(200)
  })
})

describe('an attacker who knows a staff e-mail address', () => {
  it('cannot keep its owner out: the owner signs in from another address at once', async () => {
    const owner = await createUser(app.payload, 'editor')
    const attacker = freshAddress()
    const statuses = await spend(25, () => login(owner.email, 'a wrong guess', attacker))
    expect(statuses.slice(0, LOGIN_BACKOFF.freeFailures)).toEqual(
      Array(LOGIN_BACKOFF.freeFailures).fill(401),
    )
    expect(statuses.slice(LOGIN_BACKOFF.freeFailures)).toEqual(
      Array(25 - LOGIN_BACKOFF.freeFailures).fill(429),
    )
    expect((await login(owner.email, PASSWORD, freshAddress())).status).toBe(200)
  })

  it('is backed off on that account from that address, longer after each failure, and the right password works once the wait is over', async () => {
    const owner = await createUser(app.payload, 'editor')
    const address = freshAddress()
    const clock = frozenClock()
    try {
      expect(
        await spend(LOGIN_BACKOFF.freeFailures, () => login(owner.email, 'a wrong guess', address)),
      ).toEqual(Array(LOGIN_BACKOFF.freeFailures).fill(401))
      // Even the right password waits: otherwise the back-off would tell a right guess from a wrong one.
      const waits: number[] = []
      let wait = LOGIN_BACKOFF.firstDelayMs
      for (let round = 0; round < 5; round += 1) {
        const refused = await login(owner.email, PASSWORD, address)
        expect(refused.status).toBe(429)
        waits.push(Number(refused.headers.get('Retry-After')))
        clock.advance(wait - 1000)
        expect((await login(owner.email, PASSWORD, address)).status).toBe(429)
        clock.advance(1000)
        expect((await login(owner.email, 'a wrong guess', address)).status).toBe(401)
        wait = Math.min(wait * 2, LOGIN_BACKOFF.maxDelayMs)
      }
      expect(waits).toEqual([60, 120, 240, 480, 900])
      clock.advance(LOGIN_BACKOFF.maxDelayMs)
      expect((await login(owner.email, PASSWORD, address)).status).toBe(200)
      // A success starts the count again.
      expect(
        await spend(LOGIN_BACKOFF.freeFailures, () => login(owner.email, 'a wrong guess', address)),
      ).toEqual(Array(LOGIN_BACKOFF.freeFailures).fill(401))
    } finally {
      clock.restore()
    }
  })

  it('gets byte-identical answers for a known and an unknown account: wrong password, and backed off', async () => {
    const known = await createUser(app.payload, 'editor')
    const unknown = newEmail()
    const [a, b] = [freshAddress(), freshAddress()]
    const clock = frozenClock()
    try {
      for (let i = 0; i < LOGIN_BACKOFF.freeFailures; i += 1) {
        const [knownAnswer, unknownAnswer] = [
          await answer(await login(known.email, 'a wrong guess', a)),
          await answer(await login(unknown, 'a wrong guess', b)),
        ]
        expect(knownAnswer.status).toBe(401)
        expect(unknownAnswer).toEqual(knownAnswer)
      }
      const backedOffKnown = await answer(await login(known.email, 'a wrong guess', a))
      const backedOffUnknown = await answer(await login(unknown, 'a wrong guess', b))
      expect(backedOffKnown.status).toBe(429)
      expect(backedOffUnknown).toEqual(backedOffKnown)
    } finally {
      clock.restore()
    }
  })

  it('does the same hashing work for an unknown account as Payload does for a known one', async () => {
    // The work Payload does: its stored hash recomputed with our parameters.
    const known = await createUser(app.payload, 'editor')
    const stored = (await app.payload.findByID({
      collection: 'users',
      id: known.id,
      showHiddenFields: true,
    })) as unknown as { hash: string; salt: string }
    const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
    const recomputed = pbkdf2Sync(PASSWORD, stored.salt, iterations, keyLength, digest).toString(
      'hex',
    )
    expect(stored.hash).toBe(`pbkdf2-sha256-v1:${recomputed}`)

    // The same work, done when the account does not exist, and only then.
    const decoy = jest.spyOn(decoyHashing, 'run')
    try {
      expect((await login(known.email, 'a wrong guess', freshAddress())).status).toBe(401)
      expect(decoy).not.toHaveBeenCalled()
      expect((await login(newEmail(), 'a wrong guess', freshAddress())).status).toBe(401)
      expect(decoy).toHaveBeenCalledTimes(1)
    } finally {
      decoy.mockRestore()
    }
  })
})

describe('unlocking an account', () => {
  it('is for admins only, and clears the account’s back-off from every address', async () => {
    const owner = await createUser(app.payload, 'editor')
    // The owner shares an address (an office, a café) with someone guessing their password.
    const shared = freshAddress()
    await spend(LOGIN_BACKOFF.freeFailures, () => login(owner.email, 'a wrong guess', shared))
    expect((await login(owner.email, PASSWORD, shared)).status).toBe(429)

    const unlock = (token?: string) =>
      rest('/users/unlock', {
        method: 'POST',
        body: JSON.stringify({ email: owner.email }),
        token,
        headers: from(freshAddress()),
      })
    expect((await unlock()).status).toBe(403)
    expect((await unlock(await tokenFor(app.payload, app.editor))).status).toBe(403)
    expect((await login(owner.email, PASSWORD, shared)).status).toBe(429)
    expect((await unlock(await tokenFor(app.payload, app.admin))).status).toBe(200)
    expect((await login(owner.email, PASSWORD, shared)).status).toBe(200)
  })
})

describe('session tokens', () => {
  const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/

  it('travel in the httpOnly cookie only: never in login, me, refresh or reset-password bodies', async () => {
    const signedIn = await login(app.editor.email, PASSWORD, freshAddress())
    expect(signedIn.status).toBe(200)
    const token = sessionCookie(signedIn)
    expect(token).toMatch(JWT)
    const loginBody = await signedIn.text()
    expect(JSON.parse(loginBody)).toMatchObject({ user: { email: app.editor.email } })
    expect(JSON.parse(loginBody)).not.toHaveProperty('token')
    expect(loginBody).not.toContain(token)

    const me = await rest('/users/me', { token: token! })
    const meBody = await me.text()
    expect(JSON.parse(meBody)).toMatchObject({ user: { email: app.editor.email } })
    expect(JSON.parse(meBody)).not.toHaveProperty('token')

    const refreshed = await rest('/users/refresh-token', { method: 'POST', token: token! })
    expect(refreshed.status).toBe(200)
    expect(sessionCookie(refreshed)).toMatch(JWT)
    const refreshBody = (await refreshed.json()) as Record<string, unknown>
    expect(refreshBody).not.toHaveProperty('refreshedToken')
    expect(refreshBody).not.toHaveProperty('token')

    const user = await createUser(app.payload, 'editor')
    const resetToken = await app.payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
    })
    const reset = await post(
      '/users/reset-password',
      { token: resetToken, password: 'a brand new password' },
      from(freshAddress()),
    )
    expect(reset.status).toBe(200)
    expect(sessionCookie(reset)).toMatch(JWT)
    expect(await reset.json()).not.toHaveProperty('token')
  })

  it('are not given to GraphQL clients either', async () => {
    const response = await graphqlPost(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...from(freshAddress()) },
        body: JSON.stringify({
          query: `mutation { loginUser(email: "${app.editor.email}", password: "${PASSWORD}") { token user { email } } }`,
        }),
      }),
    )
    const body = (await response.json()) as {
      data?: { loginUser: { token: string | null; user: { email: string } } }
    }
    expect(body.data?.loginUser.user.email).toBe(app.editor.email)
    expect(body.data?.loginUser.token).toBeNull()
  })
})
