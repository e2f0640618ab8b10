import { createLocalReq } from 'payload'

import { startNextAssembly, titleForYear } from '@/lib/assemblies/startNextAssembly'
import type { Assembly, User } from '@/payload-types'
import { make, uniqueYear } from '@/tests/helpers/factories'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })

/** A published assembly "PICUM General Assembly <year>" with two sessions. */
async function assemblyWithSessions(): Promise<Assembly> {
  const year = uniqueYear()
  uniqueYear() // keeps year + 1 free for the assembly these tests start
  const assembly = await make.assembly(app.payload, 'published', { theme: 'A theme', year })
  await make.session(app.payload, 'published', {
    assembly: assembly.id,
    title: 'Opening plenary',
    position: 1,
    format: 'plenary',
  })
  await make.session(app.payload, 'published', {
    assembly: assembly.id,
    title: 'Wins panel',
    position: 2,
    format: 'panel',
  })
  return assembly
}

const reqAs = (user: User | null) => createLocalReq({ user: user ?? undefined }, app.payload)

describe('starting the next assembly', () => {
  it('updates the year in the title, or appends it', () => {
    expect(titleForYear('PICUM General Assembly 2025', 2025, 2026)).toBe(
      'PICUM General Assembly 2026',
    )
    expect(titleForYear('General Assembly', 2025, 2026)).toBe('General Assembly 2026')
  })

  it('creates next year as a draft, leaving theme, intro, dates and venue empty', async () => {
    const from = await assemblyWithSessions()
    const { assembly, sessions } = await startNextAssembly(await reqAs(app.editor), from.id, {
      copySessions: false,
    })
    expect(sessions).toBe(0)
    const created = await app.payload.findByID({
      collection: 'assemblies',
      id: assembly.id,
      draft: true,
    })
    expect(created).toMatchObject({
      year: from.year + 1,
      title: `PICUM General Assembly ${from.year + 1}`,
      _status: 'draft',
    })
    expect(created.theme ?? null).toBeNull()
    expect(created.intro ?? null).toBeNull()
    expect(created.startDate ?? null).toBeNull()
    expect(created.city ?? null).toBeNull()
    // Nothing is published: the public sees no new year and no new sessions.
    const visible = await app.payload.find({
      collection: 'assemblies',
      where: { year: { equals: from.year + 1 } },
      overrideAccess: false,
    })
    expect(visible.totalDocs).toBe(0)
    const skeleton = await app.payload.count({
      collection: 'sessions',
      where: { assembly: { equals: assembly.id } },
    })
    expect(skeleton.totalDocs).toBe(0)
  })

  it('copies the session skeleton as drafts without speakers or summaries, when asked', async () => {
    const from = await assemblyWithSessions()
    const { assembly, sessions } = await startNextAssembly(await reqAs(app.admin), from.id, {
      copySessions: true,
    })
    expect(sessions).toBe(2)
    const { docs } = await app.payload.find({
      collection: 'sessions',
      where: { assembly: { equals: assembly.id } },
      sort: 'position',
      draft: true,
      depth: 0,
    })
    expect(docs.map((s) => [s.position, s.title, s.format, s._status])).toEqual([
      [1, 'Opening plenary', 'plenary', 'draft'],
      [2, 'Wins panel', 'panel', 'draft'],
    ])
    expect(docs.every((s) => !s.summary && (s.contributions ?? []).length === 0)).toBe(true)
    const published = await app.payload.find({
      collection: 'sessions',
      where: { assembly: { equals: assembly.id } },
      overrideAccess: false,
    })
    expect(published.totalDocs).toBe(0)
  })

  it('refuses when that year already exists, and creates nothing', async () => {
    const from = await assemblyWithSessions()
    await startNextAssembly(await reqAs(app.editor), from.id, { copySessions: false })
    const before = await app.payload.count({ collection: 'sessions' })
    await expect(
      startNextAssembly(await reqAs(app.editor), from.id, { copySessions: true }),
    ).rejects.toThrow(`The ${from.year + 1} assembly already exists`)
    expect((await app.payload.count({ collection: 'sessions' })).totalDocs).toBe(before.totalDocs)
  })

  it('is refused to anonymous visitors', async () => {
    const from = await assemblyWithSessions()
    await expect(
      startNextAssembly(await reqAs(null), from.id, { copySessions: false }),
    ).rejects.toThrow(/not allowed/i)
  })

  describe('through its API endpoint', () => {
    it('creates the draft for an editor', async () => {
      const from = await assemblyWithSessions()
      const response = await rest(`/assemblies/${from.id}/start-next`, {
        method: 'POST',
        token: app.editorToken,
        body: JSON.stringify({ copySessions: true }),
      })
      expect(response.status).toBe(201)
      const body = await response.json()
      expect(body.message).toBe(
        `The ${from.year + 1} assembly was created as a draft with 2 draft sessions.`,
      )
      expect(body.doc.year).toBe(from.year + 1)
    })

    it('answers 409 with the reason when the year exists', async () => {
      const from = await assemblyWithSessions()
      await rest(`/assemblies/${from.id}/start-next`, { method: 'POST', token: app.editorToken })
      const again = await rest(`/assemblies/${from.id}/start-next`, {
        method: 'POST',
        token: app.editorToken,
      })
      expect(again.status).toBe(409)
      expect((await again.json()).errors[0].message).toMatch(/already exists/)
    })

    it('answers 403 to anonymous visitors and 404 to unknown or malformed ids', async () => {
      const from = await assemblyWithSessions()
      const anonymous = await rest(`/assemblies/${from.id}/start-next`, { method: 'POST' })
      expect(anonymous.status).toBe(403)
      expect(
        (await rest('/assemblies/999999/start-next', { method: 'POST', token: app.editorToken }))
          .status,
      ).toBe(404)
      expect(
        (await rest('/assemblies/abc/start-next', { method: 'POST', token: app.editorToken }))
          .status,
      ).toBe(404)
      const count = await app.payload.count({
        collection: 'assemblies',
        where: { year: { equals: from.year + 1 } },
      })
      expect(count.totalDocs).toBe(0)
    })
  })
})
