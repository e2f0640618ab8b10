import { smtpOptions } from '@/lib/mail'
import { startSmtpCatcher } from '@/scripts/lib/smtpCatcher'
import { setupRecord } from '@/tests/helpers/setup'

/**
 * With SMTP_URL set, the app's e-mail goes out over SMTP (@payloadcms/email-nodemailer): here to
 * a local catcher. The config reads the environment when it is first imported, so this file sets
 * SMTP_URL and MAIL_FROM before importing it (and removes them for the files that run after it).
 */
const catcher = await startSmtpCatcher()
Object.assign(process.env, {
  SMTP_URL: catcher.url,
  MAIL_FROM: 'PICUM staff <staff@picum.example>',
})
const { createUser } = await import('@/tests/helpers/payload')
const { from, rest } = await import('@/tests/helpers/rest')

const app = setupRecord()
const SITE = process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'

afterAll(async () => {
  await catcher.close()
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
})

const post = (path: string, body: unknown) =>
  rest(path, { method: 'POST', body: JSON.stringify(body), headers: from('192.0.2.77') })

it('sends the reset link over SMTP, from MAIL_FROM, and the link sets a new password', async () => {
  const user = await createUser(app.payload, 'editor')
  const asked = await post('/users/forgot-password', { email: user.email })
  expect(asked.status).toBe(200)

  const mail = await catcher.waitFor((m) => m.to.includes(user.email))
  expect(mail.from).toBe('staff@picum.example')
  expect(mail.subject).toMatch(/reset/i)
  const escaped = SITE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const link = new RegExp(`${escaped}/admin/reset/([0-9a-f]{40})`).exec(mail.html)
  expect(link).not.toBeNull()

  const reset = await post('/users/reset-password', {
    token: link![1],
    password: 'a new password from the mail',
  })
  expect(reset.status).toBe(200)
  const signedIn = await post('/users/login', {
    email: user.email,
    password: 'a new password from the mail',
  })
  expect(signedIn.status).toBe(200)
})

it('sends nothing for an address with no account, and answers exactly as for one with an account', async () => {
  const before = catcher.messages.length
  const unknown = await post('/users/forgot-password', { email: 'nobody-here@example.org' })
  const known = await post('/users/forgot-password', {
    email: (await createUser(app.payload, 'editor')).email,
  })
  expect([unknown.status, await unknown.text()]).toEqual([known.status, await known.text()])
  await catcher.waitFor((m) => catcher.messages.indexOf(m) >= before)
  expect(catcher.messages.slice(before).flatMap((m) => m.to)).not.toContain(
    'nobody-here@example.org',
  )
})

it('reads the host, port, TLS and percent-encoded credentials from SMTP_URL', () => {
  expect(smtpOptions('smtps://staff%40picum.org:p%40ss%3Aw0rd@mail.example.org')).toEqual({
    host: 'mail.example.org',
    port: 465,
    secure: true,
    auth: { user: 'staff@picum.org', pass: 'p@ss:w0rd' },
  })
  expect(smtpOptions('smtp://[::1]:2525')).toEqual({
    host: '::1',
    port: 2525,
    secure: false,
    auth: undefined,
  })
  expect(smtpOptions('smtp://mail.example.org').port).toBe(587)
})
