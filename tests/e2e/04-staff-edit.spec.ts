import { expect, test } from '@playwright/test'

import { expectPublished, mainRichText, publish, signInAsAdmin } from './helpers'

test('staff create the first account, edit a session, publish, and see it live', async ({
  page,
  browser,
}) => {
  await signInAsAdmin(page)
  // The first account is an admin: user management is in the navigation.
  await page.goto('/admin/collections/users')
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible()
  await expect(page.locator('.cell-role').first()).toContainText(/admin/i)

  await page.goto('/admin/collections/sessions')
  await page
    .getByRole('link', { name: 'Finding hope: wins and inspirations from the network' })
    .click()
  const summary = mainRichText(page)
  await summary.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  const added = `Edited in the browser journey ${Date.now()}.`
  await page.keyboard.type(added)
  await publish(page)

  // A visitor, in a fresh browser context with no session, sees the change on the session page and
  // on the assembly page that lists the session, without a rebuild or restart.
  const visitor = await browser.newPage()
  await expectPublished(visitor, '/assemblies/2025/finding-hope', added)
  await expectPublished(visitor, '/assemblies/2025', added)
  await visitor.close()
})
