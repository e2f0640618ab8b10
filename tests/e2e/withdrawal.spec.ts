import { expect, test } from '@playwright/test'

import { cleanUp, expectPublished, openAdminApi, signInAsAdmin } from './helpers'

// Its own speaker and session: made here, and deleted however the journey ends.
const NAME = `Journey Erasableperson ${Date.now().toString(36)}`

type Doc = { id: number; slug?: string; name?: string }

const made: { speaker?: Doc; session?: Doc; organisation?: Doc } = {}

test.beforeAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  const [assembly] = (
    await api.send<{ docs: Doc[] }>('GET', '/assemblies?where[year][equals]=2025&depth=0')
  ).docs
  made.organisation = (
    await api.send<{ docs: Doc[] }>('GET', '/organisations?where[slug][equals]=red-acoge&depth=0')
  ).docs[0]
  made.speaker = (
    await api.send<{ doc: Doc }>('POST', '/speakers', {
      name: NAME,
      role: 'Journey erasure coordinator',
      roleRecordedIn: 2025,
      consent: { showName: true, showPhoto: true, showBio: true },
      _status: 'published',
    })
  ).doc
  made.session = (
    await api.send<{ doc: Doc }>('POST', '/sessions', {
      title: `Erasure journey session ${Date.now().toString(36)}`,
      assembly: assembly!.id,
      position: 91,
      format: 'workshop',
      contributions: [{ speaker: made.speaker.id, organisationAtTheTime: made.organisation!.id }],
      _status: 'published',
    })
  ).doc
  await api.dispose()
})

test.afterAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await cleanUp(
    async () => made.session && (await api.send('DELETE', `/sessions/${made.session.id}`)),
    async () =>
      made.speaker && (await api.send('DELETE', `/speakers/${made.speaker.id}?overrideLock=true`)),
  )
  await api.dispose()
})

test('an admin erases a person at their request, and reads the audit entry', async ({
  browser,
  page,
}) => {
  const sessionPath = `/assemblies/2025/${made.session!.slug}`
  const visitor = await browser.newPage()
  await expectPublished(visitor, sessionPath, NAME)

  await signInAsAdmin(page)
  await page.goto(`/admin/collections/speakers/${made.speaker!.id}`)
  await page.getByRole('button', { name: 'Erase this person…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Erase this person' })
  // The confirmation names whom it removes and what it changes before anything is done.
  await expect(dialog).toContainText('cannot be undone')
  const confirm = dialog.getByRole('button', { name: 'Erase for good' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel(/Type their name/).fill(NAME)
  await confirm.click()
  await expect(page.getByRole('status')).toContainText('Erased: ')

  // The contribution keeps its place, without anything that would point at them.
  await expectPublished(visitor, sessionPath, `A speaker from ${made.organisation!.name}`)
  await expect(visitor.locator('main')).not.toContainText(NAME)
  const api = await visitor.request.get(`/api/speakers/${made.speaker!.id}?draft=true`)
  expect(await api.text()).not.toContain(NAME)
  await visitor.close()

  await page.goto(`/admin/collections/audit-log?where[speaker][equals]=${made.speaker!.id}`)
  const entry = page.locator('tr', { hasText: 'erased:' })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('Erased')
  await expect(page.locator('main, .collection-list')).not.toContainText(NAME)
})
