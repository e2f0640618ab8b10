import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { cleanUp, expectPublished, openAdminApi, publish, signIn, signInAsAdmin } from './helpers'

// Its own editor, speaker and session: made here, and deleted however the journey ends.
const EDITOR = { email: 'consent.editor@example.org', password: 'consent editor password 2025' }
const NAME = `Journey Consentperson ${Date.now().toString(36)}`
const ROLE = 'Journey consent coordinator'

type Doc = { id: number; slug?: string; name?: string }

const made: { editor?: number; speaker?: Doc; session?: Doc; organisation?: Doc } = {}

test.beforeAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await api.deleteWhere('users', `where[email][equals]=${encodeURIComponent(EDITOR.email)}`)
  made.editor = (
    await api.send<{ doc: Doc }>('POST', '/users', {
      ...EDITOR,
      name: 'Consent Editor',
      role: 'editor',
    })
  ).doc.id
  const [assembly] = (
    await api.send<{ docs: Doc[] }>('GET', '/assemblies?where[year][equals]=2025&depth=0')
  ).docs
  made.organisation = (
    await api.send<{ docs: Doc[] }>('GET', '/organisations?where[slug][equals]=red-acoge&depth=0')
  ).docs[0]
  made.speaker = (
    await api.send<{ doc: Doc }>('POST', '/speakers', {
      name: NAME,
      consent: { showName: true, showPhoto: true, showBio: true },
      _status: 'published',
    })
  ).doc
  made.session = (
    await api.send<{ doc: Doc }>('POST', '/sessions', {
      title: `Consent journey session ${Date.now().toString(36)}`,
      assembly: assembly!.id,
      position: 90,
      format: 'workshop',
      contributions: [
        {
          speaker: made.speaker.id,
          roleAtTheTime: ROLE,
          organisationAtTheTime: made.organisation!.id,
        },
      ],
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
      // The editor's admin page may still hold its lock.
      made.speaker && (await api.send('DELETE', `/speakers/${made.speaker.id}?overrideLock=true`)),
    () => api.deleteWhere('users', `where[email][equals]=${encodeURIComponent(EDITOR.email)}`),
  )
  await api.dispose()
})

test('an editor records that a speaker is not to be named, and the public pages change', async ({
  browser,
  page,
  playwright,
}) => {
  const sessionPath = `/assemblies/2025/${made.session!.slug}`
  const speakerPath = `/speakers/${made.speaker!.slug}`
  const visitor = await browser.newPage()
  await expectPublished(visitor, sessionPath, NAME)
  await expectPublished(visitor, speakerPath, NAME)

  await signIn(page, EDITOR)
  await page.goto(`/admin/collections/speakers/${made.speaker!.id}`)
  const named = page.locator('#field-consent__showName')
  await expect(named).toBeChecked()
  await named.uncheck()
  await publish(page)

  // The contribution keeps its place, without the name or the role that would point at them.
  await expectPublished(visitor, sessionPath, `A speaker from ${made.organisation!.name}`)
  await expect(visitor.locator('main')).not.toContainText(NAME)
  await expect(visitor.locator('main')).not.toContainText(ROLE)
  await expectPublished(visitor, '/assemblies/2025', `A speaker from ${made.organisation!.name}`)
  const gone = await visitor.goto(speakerPath)
  expect(gone?.status()).toBe(404)
  const api = await visitor.request.get(`/api/speakers/${made.speaker!.id}`)
  expect(await api.text()).not.toContain(NAME)

  // The record says who recorded it.
  const admin = await openAdminApi(playwright)
  const stored = await admin.send<{ consent: { recordedBy: number | { id: number } } }>(
    'GET',
    `/speakers/${made.speaker!.id}?depth=0`,
  )
  expect(stored.consent.recordedBy).toBe(made.editor)
  // The editor is done: leaving the document gives up its lock, which would otherwise stop the
  // admin below with a "Document locked" dialog. Removed here too, in case the page could not.
  await page.goto('/admin')
  await admin.deleteWhere(
    'payload-locked-documents',
    `where[document.relationTo][equals]=speakers&where[document.value][equals]=${made.speaker!.id}`,
  )
  await admin.dispose()
  await visitor.close()

  // An admin reads the change in the audit log, with who made it.
  const adminPage = await browser.newPage()
  await signInAsAdmin(adminPage)
  await adminPage.goto(`/admin/collections/audit-log?where[speaker][equals]=${made.speaker!.id}`)
  const entry = adminPage.locator('tr', { hasText: 'name: shown → withheld' })
  await expect(entry).toHaveCount(1)

  // The admin exports what the record holds about them, for a subject access request.
  await adminPage.goto(`/admin/collections/speakers/${made.speaker!.id}`)
  const exportLink = adminPage.getByRole('link', { name: 'Export their data' })
  await expect(exportLink).toBeVisible()
  const [download] = await Promise.all([adminPage.waitForEvent('download'), exportLink.click()])
  expect(download.suggestedFilename()).toBe(`speaker-${made.speaker!.id}-export.json`)
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    speaker: { name: string }
  }
  expect(file.speaker.name).toBe(NAME)
  await adminPage.close()
})
