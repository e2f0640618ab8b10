import { type APIResponse, expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { openAdminApi, signInAsAdmin } from './helpers'
import { contentSecurityPolicy } from '../../lib/security/headers'

// `next start` runs in production: the production policy, with HSTS.
const CSP = contentSecurityPolicy({ production: true })

function expectSecurityHeaders(response: Pick<APIResponse, 'headers'>, what: string) {
  const headers = response.headers()
  expect(headers['content-security-policy'], `CSP on ${what}`).toBe(CSP)
  expect(headers['x-frame-options'], what).toBe('SAMEORIGIN')
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], what).toContain('camera=()')
  expect(headers['strict-transport-security'], what).toMatch(/^max-age=\d{8,}/)
}

test('security headers are on pages, the API, the admin, 404s and static files', async ({
  request,
}) => {
  const targets: Array<[what: string, path: string, status: number]> = [
    ['the home page', '/', 200],
    ['a session page', '/assemblies/2025/finding-hope', 200],
    ['the REST API', '/api/topics?limit=1', 200],
    ['an API 404', '/api/no-such-collection', 404],
    ['the admin', '/admin', 200],
    ['a page 404', '/assemblies/1999', 404],
    ['an unknown address', '/no/such/page', 404],
  ]
  for (const [what, path, status] of targets) {
    const response = await request.get(path)
    expect(response.status(), what).toBe(status)
    expectSecurityHeaders(response, what)
  }
  const graphql = await request.post('/api/graphql', {
    data: { query: '{ Topics(limit: 1) { totalDocs } }' },
  })
  expect(graphql.status()).toBe(200)
  expectSecurityHeaders(graphql, 'GraphQL')

  // Next's own static files: a script and a stylesheet the home page loads.
  const html = await (await request.get('/')).text()
  for (const pattern of [/\/_next\/static\/[^"'\s]+\.js/, /\/_next\/static\/[^"'\s]+\.css/]) {
    const asset = pattern.exec(html)?.[0]
    expect(asset, `the home page links a file matching ${pattern}`).toBeTruthy()
    const response = await request.get(asset!)
    expect(response.status()).toBe(200)
    expectSecurityHeaders(response, asset!)
  }
})

/** Collects CSP violations in every frame of the page: console reports and DOM events. */
async function watchForCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => void })
        .reportCspViolation
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  return violations
}

const UPLOADED_ALT = 'A blue rectangle uploaded by the security journey'
const REFUSED_ALT = 'Not really a PNG'

// The upload is deleted however the journey ends (and the refused one, had it been let through).
test.afterAll(async ({ playwright }) => {
  const api = await openAdminApi(playwright)
  for (const alt of [UPLOADED_ALT, REFUSED_ALT]) {
    await api.deleteWhere('media', `where[alt][equals]=${encodeURIComponent(alt)}`)
  }
  await api.dispose()
})

const square = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer()

test('the admin works under the policy: sign-in, a collection, live preview, an upload', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const violations = await watchForCspViolations(page)

  await signInAsAdmin(page)
  // The session cookie: httpOnly, SameSite=Lax, and Secure in production.
  const session = (await page.context().cookies()).find((cookie) => cookie.name === 'payload-token')
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })

  // A collection list and a document, then its live preview: the site framed by the admin.
  await page.goto('/admin/collections/sessions')
  await expect(page.locator('.table')).toContainText('Finding hope')
  // The 2025 session (the next-assembly spec copies its title into 2026): the oldest with this slug.
  const found = await page.request.get(
    '/api/sessions?where[slug][equals]=finding-hope&sort=createdAt&limit=1&depth=0',
  )
  const [findingHope] = ((await found.json()) as { docs: Array<{ id: number }> }).docs
  await page.goto(`/admin/collections/sessions/${findingHope!.id}`)
  await expect(page.locator('#field-title')).toHaveValue(/Finding hope/)
  await page.locator('#live-preview-toggler').click()
  const preview = page.frameLocator('iframe').first()
  await expect(preview.getByRole('heading', { level: 1 })).toContainText('Finding hope')

  // An upload: the admin previews the chosen file through a blob: URL before saving.
  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles({
    name: 'csp-square.png',
    mimeType: 'image/png',
    buffer: await square(),
  })
  await page.locator('#field-alt').fill(UPLOADED_ALT)
  await page.locator('#action-save').click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/collections\/media\/\d+/)

  // The stored file is served with the same headers, as the type its bytes are. No published
  // page uses it yet, so only staff get it (the browser, with its session); a visitor does not.
  const id = /\/media\/(\d+)/.exec(page.url())![1]
  const asStaff = (path: string) =>
    page.evaluate(async (url) => {
      const response = await fetch(url)
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      }
    }, path)
  const doc = JSON.parse((await asStaff(`/api/media/${id}`)).body) as { url: string }
  const filePath = new URL(doc.url, page.url()).pathname
  const file = await asStaff(filePath)
  expect(file.status).toBe(200)
  expect(file.headers['content-type']).toBe('image/png')
  expectSecurityHeaders({ headers: () => file.headers }, 'an uploaded file')
  expect((await request.get(filePath)).status()).toBe(403)

  // SVG bytes under a .png name are refused with the reason, in the admin's own words.
  await page.goto('/admin/collections/media/create')
  await page.locator('input[type="file"]').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  })
  await page.locator('#field-alt').fill(REFUSED_ALT)
  await page.locator('#action-save').click()
  await expect(page.getByText(/SVG files are not accepted/).first()).toBeVisible()

  expect(violations).toEqual([])
})
