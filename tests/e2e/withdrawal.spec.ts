import { expect, test } from '@playwright/test'

import { expectPublished, openAdminApi, signInAsAdmin, speakerWhoSpoke } from './helpers'

// Its own speaker and session: made here, and deleted however the journey ends.
const NAME = `Journey Erasableperson ${Date.now().toString(36)}`

let spoke: Awaited<ReturnType<typeof speakerWhoSpoke>> | undefined

test.beforeAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  spoke = await speakerWhoSpoke(api, {
    name: NAME,
    role: 'Journey erasure coordinator',
    position: 91,
  })
  await api.dispose()
})

test.afterAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await spoke?.forget(api)
  await api.dispose()
})

test('an admin erases a person at their request, and reads the audit entry', async ({
  browser,
  page,
}) => {
  const sessionPath = `/assemblies/2025/${spoke!.session.slug}`
  const visitor = await browser.newPage()
  await expectPublished(visitor, sessionPath, NAME)

  await signInAsAdmin(page)
  await page.goto(`/admin/collections/speakers/${spoke!.speaker.id}`)
  await page.getByRole('button', { name: 'Erase this person…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erase this person' })
  // The confirmation names whom it removes and what it changes before anything is done.
  await expect(dialog).toContainText('cannot be undone')
  const confirm = dialog.getByRole('button', { name: 'Erase for good' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel(/Type their name/).fill(NAME)
  await confirm.click()
  // Payload's drag-and-drop live regions are statuses too: the panel's own is the one.
  const panel = page.locator('.withdraw-person')
  await expect(panel.getByRole('alert')).toHaveCount(0)
  await expect(panel.getByRole('status')).toContainText('Erased: ')
  // Their record is gone: the way on is the list.
  await expect(panel.getByRole('link', { name: 'Back to the speakers' })).toBeVisible()

  // The contribution keeps its place, without anything that would point at them.
  // The shared erased record shows no organisation: only its country.
  await expectPublished(
    visitor,
    sessionPath,
    /A speaker from (a member organisation|an organisation) in /,
  )
  await expect(visitor.locator('main')).not.toContainText(NAME)
  await expect(visitor.locator('main')).not.toContainText(spoke!.organisation.name)
  // Their record is gone, not only hidden.
  const api = await visitor.request.get(`/api/speakers/${spoke!.speaker.id}`)
  expect(api.status()).toBe(404)
  expect(await api.text()).not.toContain(NAME)
  await visitor.close()

  await page.goto(`/admin/collections/audit-log?where[speaker][equals]=${spoke!.speaker.id}`)
  const entry = page.locator('tr', { hasText: 'erased:' })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('Erased')
  await expect(page.locator('main, .collection-list')).not.toContainText(NAME)
})
