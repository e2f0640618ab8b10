import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import {
  cleanUp,
  expectPublished,
  openAdminApi,
  publish,
  signIn,
  signInAsAdmin,
  speakerWhoSpoke,
} from './helpers'

// Its own editor, speaker and session: made here, and deleted however the journey ends.
const EDITOR = { email: 'consent.editor@example.org', password: 'consent editor password 2025' }
const NAME = `Journey Consentperson ${Date.now().toString(36)}`
const ROLE = 'Journey consent coordinator'

let spoke: Awaited<ReturnType<typeof speakerWhoSpoke>> | undefined
let editorId: number | undefined

test.beforeAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await api.deleteWhere('users', `where[email][equals]=${encodeURIComponent(EDITOR.email)}`)
  editorId = (
    await api.send<{ doc: { id: number } }>('POST', '/users', {
      ...EDITOR,
      name: 'Consent Editor',
      role: 'editor',
    })
  ).doc.id
  spoke = await speakerWhoSpoke(api, { name: NAME, role: ROLE, position: 90 })
  await api.dispose()
})

test.afterAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await cleanUp(
    async () => spoke && (await spoke.forget(api)),
    () => api.deleteWhere('users', `where[email][equals]=${encodeURIComponent(EDITOR.email)}`),
  )
  await api.dispose()
})

test('an editor records that a speaker is not to be named, and the public pages change', async ({
  browser,
  page,
  playwright,
}) => {
  const sessionPath = `/assemblies/2025/${spoke!.session.slug}`
  const speakerPath = `/speakers/${spoke!.speaker.slug}`
  const visitor = await browser.newPage()
  await expectPublished(visitor, sessionPath, NAME)
  await expectPublished(visitor, speakerPath, NAME)

  await signIn(page, EDITOR)
  await page.goto(`/admin/collections/speakers/${spoke!.speaker.id}`)
  const named = page.locator('#field-consent__showName')
  await expect(named).toBeChecked()
  await named.uncheck()
  await publish(page)

  // The contribution keeps its place, without the name or the role that would point at them.
  await expectPublished(visitor, sessionPath, `A speaker from ${spoke!.organisation.name}`)
  await expect(visitor.locator('main')).not.toContainText(NAME)
  await expect(visitor.locator('main')).not.toContainText(ROLE)
  await expectPublished(visitor, '/assemblies/2025', `A speaker from ${spoke!.organisation.name}`)
  const gone = await visitor.goto(speakerPath)
  expect(gone?.status()).toBe(404)
  const api = await visitor.request.get(`/api/speakers/${spoke!.speaker.id}`)
  expect(await api.text()).not.toContain(NAME)

  // The record says who recorded it.
  const admin = await openAdminApi(playwright)
  const stored = await admin.send<{ consent: { recordedBy: number | { id: number } } }>(
    'GET',
    `/speakers/${spoke!.speaker.id}?depth=0`,
  )
  expect(stored.consent.recordedBy).toBe(editorId)
  // The editor is done: leaving the document gives up its lock, which would otherwise stop the
  // admin below with a "Document locked" dialog. Removed here too, in case the page could not.
  await page.goto('/admin')
  await admin.deleteWhere(
    'payload-locked-documents',
    `where[document.relationTo][equals]=speakers&where[document.value][equals]=${spoke!.speaker.id}`,
  )
  await admin.dispose()
  await visitor.close()

  // An admin reads the change in the audit log, with who made it.
  const adminPage = await browser.newPage()
  await signInAsAdmin(adminPage)
  await adminPage.goto(`/admin/collections/audit-log?where[speaker][equals]=${spoke!.speaker.id}`)
  const entry = adminPage.locator('tr', { hasText: 'name: shown → withheld' })
  await expect(entry).toHaveCount(1)

  // The admin exports what the record holds about them, for a subject access request.
  await adminPage.goto(`/admin/collections/speakers/${spoke!.speaker.id}`)
  const exportLink = adminPage.getByRole('link', { name: 'Export their data' })
  await expect(exportLink).toBeVisible()
  const [download] = await Promise.all([adminPage.waitForEvent('download'), exportLink.click()])
  expect(download.suggestedFilename()).toBe(`speaker-${spoke!.speaker.id}-export.json`)
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    speaker: { name: string }
  }
  expect(file.speaker.name).toBe(NAME)
  await adminPage.close()
})
