import { expect, test } from '@playwright/test'
import sharp from 'sharp'

import { EVERYTHING_SHOWN } from '@/lib/consent'

import { cleanUp, expectPublished, openAdminApi } from './helpers'

/**
 * A portrait uploaded for a speaker who is not yet public stays private on the running server:
 * its file and every size, Next's image optimizer, and the API. Once the speaker is published
 * the page shows it, loaded from Payload's file route; once unpublished, the file is refused
 * again, even to a browser revalidating its cached copy.
 */
const alt = `Portrait of a journey speaker ${Date.now()}`
const name = `Journey Portrait ${Date.now()}`

// The speaker and then the portrait are deleted however the journey ends.
test.afterAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  await cleanUp(
    () => api.deleteWhere('speakers', `where[name][equals]=${encodeURIComponent(name)}`),
    () => api.deleteWhere('media', `where[alt][equals]=${encodeURIComponent(alt)}`),
  )
  await api.dispose()
})

test('a portrait is public exactly while its speaker is', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000)
  const { request: staff, headers } = await openAdminApi(playwright)
  const visitor = await playwright.request.newContext({ baseURL })

  const photo = await sharp({
    create: { width: 1800, height: 1200, channels: 3, background: '#7a2e3b' },
  })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Journey Photographer' } })
    .toBuffer()
  const uploaded = await staff.post('/api/media', {
    headers,
    multipart: {
      file: { name: 'journey-portrait.jpg', mimeType: 'image/jpeg', buffer: photo },
      _payload: JSON.stringify({ alt }),
    },
  })
  expect(uploaded.status()).toBe(201)
  const { doc: media } = (await uploaded.json()) as {
    doc: { id: number; filename: string; sizes: Record<string, { filename: string | null }> }
  }
  const files = [media.filename, ...Object.values(media.sizes).map((size) => size.filename!)]
  expect(files).toHaveLength(4)

  const created = await staff.post('/api/speakers?draft=true', {
    headers,
    // They agreed to show their photo (the assembly's default is not to).
    data: {
      name,
      photo: media.id,
      consent: EVERYTHING_SHOWN,
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc: speaker } = (await created.json()) as {
    doc: { id: number; name: string; slug: string }
  }

  const expectPrivate = async (etag?: string) => {
    for (const name of files) {
      const response = await visitor.get(`/api/media/file/${name}`, {
        headers: etag ? { 'If-None-Match': etag } : {},
      })
      expect(response.status(), name).toBe(403)
    }
    expect([403, 404]).toContain((await visitor.get(`/api/media/${media.id}`)).status())
    expect(
      await (await visitor.get(`/api/media?where[id][equals]=${media.id}`)).text(),
    ).not.toContain(alt)
  }
  await expectPrivate()
  // The optimizer is off: it would fetch the file and keep its own copy.
  const optimized = await visitor.get(
    `/_next/image?url=${encodeURIComponent(`/api/media/file/${media.filename}`)}&w=640&q=75`,
  )
  expect(optimized.status()).toBe(404)

  const publish = (status: 'published' | 'draft') =>
    staff.patch(`/api/speakers/${speaker.id}`, { headers, data: { _status: status } })
  expect((await publish('published')).status()).toBe(200)

  const page = await browser.newPage()
  await expectPublished(page, `/speakers/${speaker.slug}`, speaker.name)
  const img = page.locator(`img[alt="${alt}"]`)
  await expect(img).toBeVisible()
  expect(await img.getAttribute('src')).toBe(`/api/media/file/${media.sizes.thumbnail!.filename}`)
  await expect
    .poll(() => img.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBe(320)

  const served = await visitor.get(`/api/media/file/${media.filename}`)
  expect(served.status()).toBe(200)
  expect(served.headers()['cache-control']).toBe('private, no-cache')
  const etag = served.headers()['etag']
  expect(etag).toBeTruthy()
  // Stored without the EXIF it was uploaded with.
  const bytes = await served.body()
  expect(bytes.includes('Journey Photographer')).toBe(false)
  expect((await sharp(bytes).metadata()).exif).toBeUndefined()
  expect(
    (
      await visitor.get(`/api/media/file/${media.filename}`, {
        headers: { 'If-None-Match': etag! },
      })
    ).status(),
  ).toBe(304)

  expect((await publish('draft')).status()).toBe(200)
  await expectPrivate(etag)
  await page.close()
})
