import { expect, type Page, test } from '@playwright/test'

import { ADMIN, signInAsAdmin } from './helpers'

const HINT = 'picum-staff'

/** The requests a page load makes for our API and for scripts, by path. */
function watch(page: Page) {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

const hintOf = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === HINT)

test('a visitor loads no staff code and asks the API nothing', async ({ page }) => {
  const paths = watch(page)
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('region', { name: 'Staff tools' })).toHaveCount(0)
  expect(paths.filter((path) => path.startsWith('/api/'))).toEqual([])
  // Every script the page loads was named in its HTML: none is fetched later for the bar.
  const named = await page
    .locator('script[src]')
    .evaluateAll((scripts) =>
      scripts.map((script) => new URL((script as HTMLScriptElement).src).pathname),
    )
  expect(paths.filter((path) => path.endsWith('.js') && !named.includes(path))).toEqual([])
})

test('the hint cookie alone shows nothing, and is forgotten', async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: HINT, value: '1', url: baseURL! }])
  const me = page.waitForResponse((response) => response.url().includes('/api/users/me'))
  await page.goto('/')
  expect(((await (await me).json()) as { user: unknown }).user).toBeNull()
  await expect(page.getByRole('region', { name: 'Staff tools' })).toHaveCount(0)
  await expect.poll(() => hintOf(page)).toBeUndefined()
})

test('signed-in staff get the bar; signing out removes the hint', async ({ page }) => {
  await signInAsAdmin(page)
  expect((await hintOf(page))?.httpOnly).toBe(false)
  await page.goto('/')
  const bar = page.getByRole('region', { name: 'Staff tools' })
  await expect(bar).toContainText(`Signed in as ${ADMIN.email}`)
  await expect(bar.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    /^\/admin\/collections\/assemblies\/\d+$/,
  )
  await expect(bar.getByRole('link', { name: 'Preview', exact: true })).toHaveAttribute(
    'href',
    '/next/preview?path=%2F',
  )

  await page.goto('/admin/logout')
  await expect(page).toHaveURL(/\/admin\/login/)
  await expect.poll(() => hintOf(page)).toBeUndefined()
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('region', { name: 'Staff tools' })).toHaveCount(0)
})
