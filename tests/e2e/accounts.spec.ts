import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { openAdminApi, signIn } from './helpers'
import { AUTH_RATE_LIMITS } from '../../lib/security/authRateLimits'
import { SOCKET_ADDRESS_HEADER } from '../../lib/security/clientAddress'
import { type CaughtMail, readCaughtMail } from '../../scripts/lib/smtpCatcher'

/**
 * Staff accounts on the production server: a forgotten password is recovered through the e-mail
 * the server sends (to the SMTP catcher scripts/e2e.ts starts and names in E2E_MAIL_DIR), and the
 * address the sign-in limits count cannot be chosen by the client.
 */
const mailDir = process.env.E2E_MAIL_DIR

/** The first e-mail to `to` that arrives, read from the catcher's folder. */
async function mailTo(to: string): Promise<CaughtMail> {
  let found: CaughtMail | undefined
  await expect(async () => {
    found = readCaughtMail(mailDir!).find((mail) => mail.to.includes(to))
    expect(found, `an e-mail to ${to}`).toBeTruthy()
  }).toPass({ timeout: 15_000, intervals: [250, 500, 1_000] })
  return found!
}

const staff = {
  email: `forgetful.${randomBytes(3).toString('hex')}@example.org`,
  password: 'an old password 2025',
}

// The account the journey makes is deleted however it ends.
test.afterAll(async ({ playwright }) => {
  const admin = await openAdminApi(playwright)
  await admin.deleteWhere('users', `where[email][equals]=${encodeURIComponent(staff.email)}`)
  await admin.dispose()
})

test('a staff member who forgot their password gets a link by e-mail and sets a new one', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Fails rather than skips: run outside `npm run test:e2e`, the journey would prove nothing.
  expect(mailDir, 'run through npm run test:e2e, which sets E2E_MAIL_DIR').toBeTruthy()
  const admin = await openAdminApi(playwright)
  const created = await admin.request.post('/api/users', {
    headers: admin.headers,
    data: { ...staff, name: 'Forgetful Editor', role: 'editor' },
  })
  expect(created.status(), await created.text()).toBe(201)
  await admin.dispose()

  // The sign-in page links to "Forgot password?"; the form there sends the e-mail.
  await page.goto('/admin/login')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page).toHaveURL(/\/admin\/forgot$/)
  await page.locator('#field-email').fill(staff.email)
  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByText('Email Sent')).toBeVisible()

  const mail = await mailTo(staff.email)
  expect(mail.subject).toMatch(/reset/i)
  const link = new RegExp(`${baseURL}/admin/reset/[0-9a-f]{40}`).exec(mail.html)?.[0]
  expect(link, `a reset link in: ${mail.html}`).toBeTruthy()

  const newPassword = 'a new password from the e-mail'
  await page.goto(link!)
  await page.locator('#field-password').fill(newPassword)
  await page.locator('#field-confirm-password').fill(newPassword)
  await page.getByRole('button', { name: 'Reset Password' }).click()
  // The reset signs the staff member in.
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.context().clearCookies()

  // The new password opens the admin; the old one no longer does.
  const old = await page.request.post('/api/users/login', { data: staff })
  expect(old.status()).toBe(401)
  await signIn(page, { email: staff.email, password: newPassword })
  // The link worked once: it is spent.
  await page.context().clearCookies()
  await page.goto(link!)
  // Tried again if the form was sent before the page was hydrated (a plain reload, no answer
  // shown): a spent token stays spent, so asking twice changes nothing.
  await expect(async () => {
    await page.locator('#field-password').fill('yet another password 2025')
    await page.locator('#field-confirm-password').fill('yet another password 2025')
    await page.getByRole('button', { name: 'Reset Password' }).click()
    await expect(page.getByText(/token.*(invalid|expired)/i).first()).toBeVisible({
      timeout: 5_000,
    })
  }).toPass({ timeout: 30_000 })
})

test('forged X-Forwarded-For, X-Real-IP and socket-address headers do not change the address counted', async ({
  request,
}) => {
  // Unlock is for admins only, so these anonymous requests are refused (403) but still counted,
  // per client address; no other journey uses it. Every request names another account and forges
  // another address: if any header were trusted, the limit would never be reached. The server
  // keeps the count in memory for 15 minutes, so this passes once per server start.
  const { limit } = AUTH_RATE_LIMITS.unlock.perAddress
  const attempt = (i: number) =>
    request.post('/api/users/unlock', {
      data: { email: `someone-${i}-${randomBytes(3).toString('hex')}@example.org` },
      headers: {
        'X-Forwarded-For': `198.51.100.${i}, 203.0.113.${i}`,
        'X-Real-IP': `192.0.2.${i}`,
        [SOCKET_ADDRESS_HEADER]: `10.0.0.${i}`,
      },
    })
  const statuses: number[] = []
  for (let i = 1; i <= limit; i += 1) statuses.push((await attempt(i)).status())
  expect(statuses).toEqual(Array(limit).fill(403))
  const refused = await attempt(limit + 1)
  expect(refused.status()).toBe(429)
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0)
})
