import { expect, test } from '@playwright/test'

import { seriousViolations, signInAsAdmin } from './helpers'

test('the admin login page has no serious or critical accessibility violations', async ({
  browser,
}) => {
  // Make sure an account exists, so /admin/login is the login form and not create-first-user.
  const setup = await browser.newPage()
  await signInAsAdmin(setup)
  await setup.close()

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/admin/login')
  await expect(page.locator('#field-email')).toBeVisible()
  await expect(page.locator('#field-password')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await context.close()
})
