import { expect, test } from '@playwright/test'

import {
  ADMIN,
  expectPublished,
  mainRichText,
  openAdminApi,
  publish,
  signInAsAdmin,
} from './helpers'

type Session = { id: number; summary: unknown }

// The 2025 session as the seed has it (the next-assembly spec copies its title into 2026).
const FINDING_HOPE =
  '/sessions?where[slug][equals]=finding-hope&sort=createdAt&limit=1&depth=0&draft=true'

let original: Session | undefined

// Its summary is put back however the journey ends, so the pages the seed made read as before.
test.afterAll(async ({ playwright }) => {
  if (!original) return
  const api = await openAdminApi(playwright)
  await api.send('PATCH', `/sessions/${original.id}`, {
    summary: original.summary,
    _status: 'published',
  })
  await api.dispose()
})

test('staff create the first account, edit a session, publish, and see it live', async ({
  page,
  browser,
  playwright,
}) => {
  await signInAsAdmin(page)
  const api = await openAdminApi(playwright)
  original = (await api.send<{ docs: Session[] }>('GET', FINDING_HOPE)).docs[0]
  await api.dispose()
  expect(original, 'the seeded session "Finding hope"').toBeDefined()

  // The first account is an admin: user management is in the navigation.
  await page.goto('/admin/collections/users')
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible()
  await expect(page.locator('tr', { hasText: ADMIN.email }).locator('.cell-role')).toContainText(
    /admin/i,
  )

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
