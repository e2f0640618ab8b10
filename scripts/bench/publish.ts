import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'

import { z } from 'zod'

import { setupTokenFor } from '@/lib/security/firstAdmin'
import { request } from '@/scripts/bench/http'
import { seedData } from '@/seed/data'

// Timed from sending the request until every page that shows the session shows the new title.
export type PublishResult = { medianMs: number; timesMs: number[]; requestMedianMs: number }

const registeredSchema = z.object({ user: z.object({ id: z.number() }) })
const listSchema = z.object({
  docs: z.array(
    z.object({ id: z.number(), year: z.number().optional(), title: z.string().optional() }),
  ),
})

const POLL_EVERY_MS = 20
const GIVE_UP_AFTER_MS = 15_000

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function json<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`)
  return schema.parse(await response.json())
}

async function showsText(url: string, text: string, deadline: number): Promise<number> {
  while (performance.now() < deadline) {
    const response = await request(url)
    if ((await response.text()).includes(text)) return performance.now()
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS))
  }
  throw new Error(
    `${url} did not show "${text}" within ${GIVE_UP_AFTER_MS / 1000} s of publishing.`,
  )
}

export async function publishToLive(
  baseUrl: string,
  repetitions: number,
  payloadSecret: string,
): Promise<PublishResult> {
  // The throwaway database has no account: the first registered becomes an admin with the setup
  // token.
  const credentials = {
    email: 'bench@example.org',
    password: randomBytes(18).toString('base64url'),
  }
  const registered = await request(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...credentials, setupToken: setupTokenFor(payloadSecret) }),
  })
  const cookie = registered.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  await json(registered, registeredSchema, 'Registering the staff account')
  const token = cookie?.split(';')[0]?.slice('payload-token='.length)
  if (!token) throw new Error('Registering the staff account: no session cookie in the answer.')
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }

  const { docs: latest } = await json(
    await request(`${baseUrl}/api/assemblies?sort=-year&limit=1&depth=0&select[year]=true`, {
      headers,
    }),
    listSchema,
    'Reading the latest assembly',
  )
  const year = latest[0]?.year
  const slug = seedData.sessions[0]!.slug
  const { docs: sessions } = await json(
    await request(
      `${baseUrl}/api/sessions?where[slug][equals]=${slug}&where[assembly][equals]=${latest[0]?.id}&limit=1&depth=0&select[title]=true`,
      { headers },
    ),
    listSchema,
    'Reading the session',
  )
  const session = sessions[0]
  if (!year || !session?.title) throw new Error(`No session "${slug}" in the latest assembly.`)
  const pages = ['/', `/assemblies/${year}`, `/assemblies/${year}/${slug}`].map(
    (path) => `${baseUrl}${path}`,
  )
  // Caches warm before each publish, as on a live site.
  for (const url of pages) await request(url)

  const timesMs: number[] = []
  const requestMs: number[] = []
  for (let i = 0; i < repetitions; i++) {
    const marker = `Edited ${i + 1} ${randomBytes(4).toString('hex')}`
    const start = performance.now()
    const response = await request(`${baseUrl}/api/sessions/${session.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ title: `${session.title} ${marker}`, _status: 'published' }),
    })
    if (!response.ok)
      throw new Error(`Publishing: HTTP ${response.status} ${await response.text()}`)
    requestMs.push(performance.now() - start)
    const deadline = start + GIVE_UP_AFTER_MS
    const shown = await Promise.all(pages.map((url) => showsText(url, marker, deadline)))
    timesMs.push(Math.max(...shown) - start)
    for (const url of pages) await request(url)
  }
  return { medianMs: median(timesMs), timesMs, requestMedianMs: median(requestMs) }
}
