import { expect, type PlaywrightWorkerArgs, test } from '@playwright/test'

import { EDITOR, openAdminApi, signIn, signInAsAdmin } from './helpers'

// The journey makes the editor's account itself: none before it, none left after it.
const removeTheEditor = async ({ playwright }: PlaywrightWorkerArgs) => {
  const api = await openAdminApi(playwright)
  await api.deleteWhere('users', `where[email][equals]=${encodeURIComponent(EDITOR.email)}`)
  await api.dispose()
}
test.beforeAll(removeTheEditor)
test.afterAll(removeTheEditor)

test('an editor cannot reach user management or raise their own role', async ({
  page,
  browser,
}) => {
  // An admin creates the editor's account.
  await signInAsAdmin(page)
  await page.goto('/admin/collections/users/create')
  await page.locator('#field-email').fill(EDITOR.email)
  await page.locator('#field-password').fill(EDITOR.password)
  await page.locator('#field-confirm-password').fill(EDITOR.password)
  await page.locator('#field-name').fill('An Editor')
  await page.locator('#action-save').click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()

  const context = await browser.newContext()
  const editor = await context.newPage()
  await signIn(editor, EDITOR)
  // The dashboard offers the record, not the accounts.
  await expect(editor.getByRole('link', { name: 'Sessions' }).first()).toBeVisible()
  await expect(editor.locator('nav').getByRole('link', { name: 'Users' })).toHaveCount(0)
  await editor.goto('/admin/collections/users')
  await expect(editor.locator('body')).toContainText(
    /not found|nothing found|don't have access|not allowed/i,
  )

  // Their own role is read-only in the account view, and the API ignores an attempt to change it.
  const me = await editor.evaluate(async () => (await (await fetch('/api/users/me')).json()).user)
  expect(me.role).toBe('editor')
  const status = await editor.evaluate(
    async (id) =>
      (
        await fetch(`/api/users/${id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ role: 'admin' }),
        })
      ).status,
    me.id,
  )
  expect(status).toBeLessThan(500)
  const after = await editor.evaluate(
    async () => (await (await fetch('/api/users/me')).json()).user,
  )
  expect(after.role).toBe('editor')
  const users = await editor.evaluate(
    async () => (await (await fetch('/api/users')).json()).docs.length,
  )
  expect(users).toBe(1)
  await context.close()
})
