import { expect, test } from '@playwright/test'

import { MINIMAL_PDF as PDF } from '@/tests/fixtures/pdf'

import { choose, cleanUp, expectPublished, openAdminApi, publish, signInAsAdmin } from './helpers'

const title = `Annual report on wins ${Date.now()}`
const ARRAIGO = '/wins?where[slug][equals]=spain-arraigo-reform&depth=0&draft=true&limit=1'

type Win = { id: number; citations: unknown[] }
let original: Win | undefined

// The seeded win gets back the citations it had, then the source it no longer cites is deleted,
// however the journey ends.
test.afterAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await cleanUp(
    async () => {
      if (original) {
        await api.send('PATCH', `/wins/${original.id}`, {
          citations: original.citations,
          _status: 'published',
        })
      }
    },
    () => api.deleteWhere('sources', `where[title][equals]=${encodeURIComponent(title)}`),
  )
  await api.dispose()
})

test('staff add a source with its PDF, cite it on a win, and visitors see and open it until it is unpublished', async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(180_000)
  await signInAsAdmin(page)
  const api = await openAdminApi(playwright)
  original = (await api.send<{ docs: Win[] }>('GET', ARRAIGO)).docs[0]
  expect(original, 'the seeded win "spain-arraigo-reform"').toBeDefined()

  // 1. The source, with its document, published.
  await page.goto('/admin/collections/sources/create')
  await page.locator('input[type="file"]').setInputFiles({
    name: 'wins-report.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  })
  await page.locator('#field-title').fill(title)
  await page.locator('#field-publisher').fill('PICUM')
  // A new document is created on publish (sources have no autosave): Payload says "created".
  await page.locator('#action-save').click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/collections\/sources\/\d+/)
  await expect(page.getByText('Status: Published')).toBeVisible()
  const sourceId = /\/sources\/(\d+)/.exec(page.url())![1]

  // 2. Cited on a win, beside the report it already cites, with where to look.
  // Searched for, so that the journey does not depend on which page of the list it is on.
  await page.goto('/admin/collections/wins?search=arraigo')
  await page
    .getByRole('link', { name: 'Spain reforms its arraigo system for residence and work permits' })
    .click()
  await page.getByRole('button', { name: 'Add Citation' }).click()
  await choose(page, 'field-citations__1__source', title)
  await page.locator('#field-citations__1__locator').fill('Annex')
  await publish(page)

  // 3. A visitor sees the line under the win and opens the document from it.
  const visitor = await browser.newPage()
  await expectPublished(visitor, '/wins/spain-arraigo-reform', `Source: ${title}, PICUM — Annex`)
  const href = await visitor.locator('.source-line a', { hasText: title }).getAttribute('href')
  expect(href).toMatch(/^\/api\/sources\/file\/wins-report[^/]*\.pdf$/)
  const file = await visitor.request.get(href!)
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toBe('application/pdf')
  expect(Buffer.from(await file.body()).equals(PDF)).toBe(true)

  // 4. Unpublished, the source leaves the page at once, and its document is no longer served.
  const unpublished = await api.request.patch(`/api/sources/${sourceId}`, {
    data: { _status: 'draft' },
    headers: api.headers,
  })
  expect(unpublished.ok()).toBe(true)
  await expect(async () => {
    await visitor.goto('/wins/spain-arraigo-reform')
    await expect(visitor.locator('main')).toContainText('Source: Resisting an increasingly hostile')
    await expect(visitor.locator('main')).not.toContainText(title, { timeout: 1_000 })
  }).toPass({ timeout: 15_000, intervals: [250, 500, 1_000] })
  expect((await visitor.request.get(href!)).status()).toBe(403)
  await api.dispose()
  await visitor.close()
})
