import { createRequire } from 'node:module'

import {
  type APIRequestContext,
  type APIResponse,
  expect,
  type Page,
  type PlaywrightWorkerArgs,
  test,
} from '@playwright/test'

import { EVERYTHING_SHOWN } from '@/lib/consent'

export const ADMIN = { email: 'first.admin@example.org', password: 'first admin password 2025' }
export const EDITOR = { email: 'an.editor@example.org', password: 'editor password 2025' }

/** Signs in through the admin's login form. */
export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * The production server's setup token for the first admin, which the person installing it reads
 * in the server log; scripts/e2e.ts computes it from the server's PAYLOAD_SECRET.
 */
export function setupToken(): string {
  const token = process.env.E2E_SETUP_TOKEN
  if (!token)
    throw new Error('E2E_SETUP_TOKEN is unset: run the journeys through npm run test:e2e.')
  return token
}

/**
 * The first account, made through the create-first-user form when the database has none (as a
 * person does on a fresh install, with the setup token from the server log), otherwise signed in.
 * Whichever spec comes first makes it, and it stays: every spec asks for it this way (or through
 * signInAsAdminThroughApi), so none depends on the order, and each can run alone or with -g.
 */
export async function signInAsAdmin(page: Page) {
  await page.goto('/admin')
  // Payload redirects on the client: wait for a form or the dashboard before reading the URL.
  await page.locator('#field-email, .dashboard').first().waitFor()
  if (page.url().includes('create-first-user')) {
    await page.locator('#field-email').fill(ADMIN.email)
    await page.locator('#field-password').fill(ADMIN.password)
    await page.locator('#field-confirm-password').fill(ADMIN.password)
    await page.locator('#field-setupToken').fill(setupToken())
    await page.getByRole('button', { name: 'Create' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
  } else if (page.url().includes('/login')) {
    await signIn(page, ADMIN)
  }
}

/** The session token a sign-in response sets as its cookie (bodies carry none). */
export function sessionToken(response: APIResponse): string {
  const cookie = response
    .headersArray()
    .find(
      ({ name, value }) =>
        name.toLowerCase() === 'set-cookie' && value.startsWith('payload-token='),
    )
  const token = cookie?.value.split(';')[0]?.slice('payload-token='.length)
  if (!token) throw new Error(`No session cookie in the answer to ${response.url()}`)
  return token
}

/**
 * Signs in as the first admin through the REST API, registering that account when the database
 * has none yet (as signInAsAdmin does in the browser), so a spec can run alone with -g. Payload
 * also sets its session cookie on `request`: use a context of its own, not the visitor's.
 */
export async function signInAsAdminThroughApi(
  request: APIRequestContext,
): Promise<{ token: string; userId: number }> {
  const { initialized } = (await (await request.get('/api/users/init')).json()) as {
    initialized: boolean
  }
  const response = initialized
    ? await request.post('/api/users/login', { data: ADMIN })
    : await request.post('/api/users/first-register', {
        data: { ...ADMIN, setupToken: setupToken() },
      })
  expect(response.ok(), `signing in as ${ADMIN.email}: ${response.status()}`).toBe(true)
  const { user } = (await response.json()) as { user: { id: number } }
  return { token: sessionToken(response), userId: user.id }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** The REST API as the first admin, in a request context of its own. */
export type AdminApi = {
  request: APIRequestContext
  headers: { Authorization: string }
  userId: number
  /** The answer's body; an error status fails the test, with the answer in the message. */
  send: <T = Record<string, unknown>>(method: Method, path: string, data?: object) => Promise<T>
  /** Deletes every document the query string matches, drafts too, and checks none is left. */
  deleteWhere: (collection: string, where: string) => Promise<void>
  dispose: () => Promise<void>
}

/**
 * For setting up and putting back what a spec changes (in beforeAll, afterAll and fixtures), so
 * each spec leaves the record as the seed made it. The visitor's `request` stays anonymous.
 */
export async function openAdminApi(
  playwright: PlaywrightWorkerArgs['playwright'],
): Promise<AdminApi> {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const { token, userId } = await signInAsAdminThroughApi(request)
  const headers = { Authorization: `JWT ${token}` }
  const send = async <T>(method: Method, path: string, data?: object): Promise<T> => {
    const response = await request.fetch(`/api${path}`, { method, headers, data })
    const failure = response.ok() ? '' : ` ${response.status()} ${await response.text()}`
    expect(response.ok(), `${method} /api${path}${failure}`).toBe(true)
    return (await response.json()) as T
  }
  return {
    request,
    headers,
    userId,
    send,
    deleteWhere: async (collection, where) => {
      // Asked with draft=true and deleted one by one: a bulk DELETE filters on the published row,
      // and misses a draft whose fields (say, the assembly an autosaved session is in) are newer.
      const matching = async () =>
        (
          await send<{ docs: Array<{ id: number }> }>(
            'GET',
            `/${collection}?${where}&draft=true&depth=0&pagination=false`,
          )
        ).docs.map(({ id }) => id)
      for (const id of await matching()) await send('DELETE', `/${collection}/${id}`)
      expect(await matching(), `${collection} left after deleting ${where}`).toEqual([])
    },
    dispose: () => request.dispose(),
  }
}

/**
 * Runs every step of a clean-up, in order, even when one fails, then fails with the first error:
 * one broken step must not leave the rest of the record changed for the specs after it.
 */
export async function cleanUp(...steps: Array<() => Promise<unknown>>): Promise<void> {
  const errors: unknown[] = []
  for (const step of steps) {
    try {
      await step()
    } catch (error) {
      errors.push(error)
    }
  }
  if (errors.length > 0) throw errors[0]
}

/** Reloads a public page until it shows the text: on-demand revalidation, no restart. */
export async function expectPublished(page: Page, path: string, text: string | RegExp) {
  await expect(async () => {
    await page.goto(path)
    await expect(page.locator('main')).toContainText(text, { timeout: 1_000 })
  }).toPass({ timeout: 15_000, intervals: [250, 500, 1_000] })
}

/** The document's main rich-text field (not one inside an array row). */
export const mainRichText = (page: Page) =>
  page
    .locator('.document-fields__fields > .field-type.rich-text-lexical [contenteditable="true"]')
    .first()

/** Picks an option in one of the admin's relationship fields (a searchable select). */
export async function choose(page: Page, fieldId: string, option: string) {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await field.locator('input').fill(option)
  await page.locator('.rs__option', { hasText: option }).first().click()
  await expect(field.locator('.rs__single-value')).toContainText(option)
}

/** Publishes the document being edited and waits for Payload to confirm. */
export async function publish(page: Page) {
  await page.locator('#action-save').click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
}

/** One page of every public type, the 404 page and the admin login. */
export const pageTypes: Array<[string, string]> = [
  ['home', '/'],
  ['assemblies', '/assemblies'],
  ['assembly', '/assemblies/2025'],
  ['session', '/assemblies/2025/finding-hope'],
  ['speakers', '/speakers'],
  ['speaker', '/speakers/lucia-maquieira'],
  ['organisations', '/organisations'],
  ['organisation', '/organisations/red-acoge'],
  ['wins', '/wins'],
  ['win', '/wins/valencia-floods-regularisation'],
  ['topics', '/topics'],
  ['topic', '/topics/regularisation'],
  ['not-found', '/assemblies/abc'],
]

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

type Violation = {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

/** axe-core's serious and critical findings on the current page (WCAG 2.2 A/AA and best practice). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
}

export type SpokenAt = {
  speaker: { id: number; slug: string }
  session: { id: number; slug: string }
  organisation: { id: number; name: string }
}

/**
 * A published speaker who spoke at a new session of the 2025 assembly, for Red Acoge: a journey's
 * own person, so that what it changes touches nobody else. `forget` deletes both.
 */
export async function speakerWhoSpoke(
  api: AdminApi,
  { name, role, position }: { name: string; role?: string; position: number },
): Promise<SpokenAt & { forget: (api: AdminApi) => Promise<void> }> {
  type Doc = { id: number; slug: string; name: string }
  const get = async (path: string) => (await api.send<{ docs: Doc[] }>('GET', path)).docs[0]!
  const assembly = await get('/assemblies?where[year][equals]=2025&depth=0')
  const organisation = await get('/organisations?where[slug][equals]=red-acoge&depth=0')
  const create = async (collection: string, data: object) =>
    (await api.send<{ doc: Doc }>('POST', `/${collection}`, { ...data, _status: 'published' })).doc
  const speaker = await create('speakers', {
    name,
    consent: EVERYTHING_SHOWN,
  })
  const session = await create('sessions', {
    title: `Journey session ${Date.now().toString(36)}`,
    assembly: assembly.id,
    position,
    format: 'workshop',
    contributions: [
      { speaker: speaker.id, roleAtTheTime: role, organisationAtTheTime: organisation.id },
    ],
  })
  return {
    speaker,
    session,
    organisation,
    // With the caller's own connection: the one given here is usually closed by then.
    // By id and only if still there: an erasure deletes the speaker itself.
    forget: (later) =>
      cleanUp(
        () => later.deleteWhere('sessions', `where[id][equals]=${session.id}`),
        () => later.deleteWhere('speakers', `where[id][equals]=${speaker.id}`),
      ),
  }
}
