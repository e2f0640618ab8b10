import { expect, type PlaywrightWorkerArgs, test } from '@playwright/test'

import { choose, expectPublished, openAdminApi, publish, signInAsAdmin } from './helpers'

const SPEAKER = 'Amara Okafor-Lindqvist'

/**
 * Removes what this journey makes (the 2026 assembly, its sessions, the new speaker), in the
 * order the delete guard asks for, so that the journey can run again and the journeys after it
 * meet the 2025 record on the home page, whatever order they run in.
 */
async function removeTheNextAssembly(playwright: PlaywrightWorkerArgs['playwright']) {
  const api = await openAdminApi(playwright)
  const { docs } = await api.send<{ docs: { id: number }[] }>(
    'GET',
    '/assemblies?where[year][equals]=2026&draft=true&depth=0',
  )
  for (const { id } of docs) await api.deleteWhere('sessions', `where[assembly][equals]=${id}`)
  await api.deleteWhere('speakers', `where[name][equals]=${encodeURIComponent(SPEAKER)}`)
  await api.deleteWhere('assemblies', 'where[year][equals]=2026')
  await api.dispose()
}

test.beforeAll(async ({ playwright }) => removeTheNextAssembly(playwright))
test.afterAll(async ({ playwright, browser }) => {
  await removeTheNextAssembly(playwright)
  // Deleting is a change like any other: the home page is back on 2025 at once.
  const visitor = await browser.newPage()
  await expectPublished(visitor, '/', 'Resisting an increasingly hostile environment')
  await visitor.close()
})

test('staff start the 2026 assembly, add a session with a new speaker, preview it and publish', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  await signInAsAdmin(page)

  // 1. From 2025, start the next assembly with the session skeleton.
  await page.goto('/admin/collections/assemblies')
  await page.getByRole('link', { name: 'PICUM General Assembly 2025' }).click()
  await expect(page.getByText('Creates the 2026 assembly as an unpublished draft')).toBeVisible()
  await expect(page.getByLabel('Copy the session skeleton (titles, formats, order)')).toBeChecked()
  await page.getByRole('button', { name: 'Start the next assembly' }).click()
  await expect(page.locator('#field-title')).toHaveValue('PICUM General Assembly 2026')
  await expect(page.locator('#field-year')).toHaveValue('2026')
  const assemblyUrl = page.url()

  // The skeleton is there as drafts.
  await page.goto('/admin/collections/sessions?limit=50')
  await expect(page.locator('.table')).toContainText('PICUM General Assembly 2026')

  // 2. A new speaker, published, then a new session of 2026 in which they speak.
  await page.goto('/admin/collections/speakers/create')
  await page.locator('#field-name').fill(SPEAKER)
  await page.locator('#field-role').fill('Coordinator')
  await page.locator('#field-roleRecordedIn').fill('2026')
  await publish(page)

  await page.goto('/admin/collections/sessions/create')
  await page.locator('#field-title').fill('Organising across borders')
  await choose(page, 'field-assembly', 'PICUM General Assembly 2026')
  await page.locator('#field-position').fill('4')
  await page.getByRole('button', { name: 'Add Contribution' }).click()
  await choose(page, 'field-contributions__0__speaker', SPEAKER)
  await page.locator('#field-contributions__0__roleAtTheTime').fill('Coordinator')
  // Autosave keeps the new session as a draft while staff type: no save button to press.
  await expect(page).toHaveURL(/\/admin\/collections\/sessions\/\d+/)
  await expect(page.getByText(/Last saved/)).toBeVisible()

  // 3. Preview the draft from the admin's Preview link: staff see it through draft mode.
  const sessionPath = '/assemblies/2026/organising-across-borders'
  const previewLink = page.getByRole('link', { name: 'Preview', exact: true })
  await expect(previewLink).toHaveAttribute(
    'href',
    `/next/preview?${new URLSearchParams({ path: sessionPath })}`,
  )
  const preview = await page.context().newPage()
  await expect(async () => {
    await preview.goto((await previewLink.getAttribute('href'))!)
    await expect(preview).toHaveURL(new RegExp(`${sessionPath}$`))
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Organising across borders')
    // The contribution reaches the draft with the next autosave.
    await expect(preview.locator('main')).toContainText(SPEAKER, { timeout: 1_000 })
  }).toPass({ timeout: 20_000 })
  await expect(preview.locator('body')).toContainText('You are viewing a draft preview')
  await preview.close()

  // A logged-out visitor sees none of it.
  const visitorContext = await browser.newContext()
  const visitor = await visitorContext.newPage()
  expect((await visitor.goto(sessionPath))?.status()).toBe(404)
  expect((await visitor.goto('/assemblies/2026'))?.status()).toBe(404)
  await visitor.goto('/')
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
    'Resisting an increasingly hostile environment',
  )

  // 4. Publish the session, then the assembly (its theme filled in first).
  await publish(page)
  await page.goto(assemblyUrl)
  await page.locator('#field-theme').fill('Organising for the rights of all')
  await publish(page)

  // The home page switches to 2026, with no rebuild or restart; 2025 stays in the archive.
  await expectPublished(visitor, '/', 'Organising for the rights of all')
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
    'Organising for the rights of all',
  )
  await expectPublished(visitor, sessionPath, SPEAKER)
  await expectPublished(visitor, '/assemblies', 'PICUM General Assembly 2025')
  await expect(visitor.locator('main')).toContainText('PICUM General Assembly 2026')
  expect((await visitor.goto('/assemblies/2025'))?.status()).toBe(200)
  await visitorContext.close()
})
