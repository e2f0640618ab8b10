/**
 * The home page follows the latest published assembly: starting next year's assembly (a draft,
 * with a draft programme) leaves the home and the archive as they are; publishing it switches the
 * home to the new year at once, and the previous year stays in the archive.
 *
 * "At once" is checked against a data cache that behaves like Next's (tests/helpers/nextCache.ts):
 * the home is read, and cached, before each change, so it only shows the new year if publishing
 * expired the cached home the way a running server would, without a rebuild or a restart.
 */
import { jest } from '@jest/globals'

import { createNextCache } from '@/tests/helpers/nextCache'
import { setupRecord } from '@/tests/helpers/setup'

const nextCache = createNextCache()
jest.unstable_mockModule('next/cache', () => nextCache.module)

// Everything that reaches next/cache is imported after the mock is in place.
const { make } = await import('@/tests/helpers/factories')
const { createLocalReq } = await import('payload')
const { startNextAssembly } = await import('@/lib/assemblies/startNextAssembly')
const { getAssemblyByYear, getLatestAssembly, listAssemblies } =
  await import('@/lib/queries/assemblies')
const { listSessionAddresses } = await import('@/lib/queries/sessions')

const app = setupRecord({ staff: ['editor'] })

const homeYear = async () => (await getLatestAssembly())?.assembly.year ?? null
const archiveYears = async () => (await listAssemblies()).map((assembly) => assembly.year)
const programme = async () =>
  ((await getLatestAssembly())?.sessions ?? []).map((session) => session.title)

it('switches the home to a new year only when it is published, keeping the old one in the archive', async () => {
  // The 2025 record: published, with its programme and a win.
  const y2025 = await make.assembly(app.payload, 'published', {
    year: 2025,
    theme: 'Resisting an increasingly hostile environment',
  })
  await make.session(app.payload, 'published', {
    assembly: y2025.id,
    title: 'Opening plenary',
    position: 1,
  })
  await make.session(app.payload, 'published', {
    assembly: y2025.id,
    title: 'Wins panel',
    position: 2,
  })
  await make.win(app.payload, 'published', { assembly: y2025.id, title: 'Regularisation in Spain' })
  nextCache.module.revalidateTag.mockClear()
  nextCache.module.revalidatePath.mockClear()

  expect(await homeYear()).toBe(2025)
  expect(await programme()).toEqual(['Opening plenary', 'Wins panel'])
  expect(await archiveYears()).toEqual([2025])

  // Staff start 2026 from 2025, copying the programme's skeleton: all of it drafts.
  const req = await createLocalReq({ user: app.editor }, app.payload)
  const started = await startNextAssembly(req, y2025.id, { copySessions: true })
  expect(started).toMatchObject({ assembly: { year: 2026 }, sessions: 2 })
  const y2026 = started.assembly

  // And keep working on it, as autosave does: still drafts.
  await app.payload.update({
    collection: 'assemblies',
    id: y2026.id,
    data: { theme: 'A theme for 2026' },
    draft: true,
    user: app.editor,
    overrideAccess: false,
  })

  expect(await homeYear()).toBe(2025)
  expect(await programme()).toEqual(['Opening plenary', 'Wins panel'])
  expect(await archiveYears()).toEqual([2025])
  expect(await getAssemblyByYear(2026)).toBeNull()
  expect(nextCache.module.revalidateTag).not.toHaveBeenCalled()

  // Publishing 2026 switches the home at once.
  await app.payload.update({
    collection: 'assemblies',
    id: y2026.id,
    data: { _status: 'published' },
    user: app.editor,
    overrideAccess: false,
  })
  expect(nextCache.module.revalidateTag).toHaveBeenCalledWith('record:assemblies', { expire: 0 })
  const revalidatedPaths = nextCache.module.revalidatePath.mock.calls.map(([path]) => path)
  expect(revalidatedPaths).toEqual(expect.arrayContaining(['/', '/assemblies', '/assemblies/2026']))

  const home = await getLatestAssembly()
  expect(home?.assembly).toMatchObject({ year: 2026, theme: 'A theme for 2026' })
  // The copied sessions stay drafts until each is published: no half-written programme.
  expect(home?.sessions).toEqual([])
  expect(await listSessionAddresses()).not.toContainEqual(expect.objectContaining({ year: 2026 }))

  // 2025 stays in the archive, whole.
  expect(await archiveYears()).toEqual([2026, 2025])
  const archived = await getAssemblyByYear(2025)
  expect(archived?.assembly.theme).toBe('Resisting an increasingly hostile environment')
  expect(archived?.sessions.map((session) => session.title)).toEqual([
    'Opening plenary',
    'Wins panel',
  ])
  expect(archived?.wins.map((win) => win.title)).toEqual(['Regularisation in Spain'])

  // Publishing one of the copied sessions puts it on the home's programme.
  const { docs: drafts } = await app.payload.find({
    collection: 'sessions',
    where: { assembly: { equals: y2026.id } },
    draft: true,
    sort: 'position',
    depth: 0,
  })
  expect(drafts.map((session) => session._status)).toEqual(['draft', 'draft'])
  await app.payload.update({
    collection: 'sessions',
    id: drafts[0]!.id,
    data: { _status: 'published' },
    user: app.editor,
    overrideAccess: false,
  })
  expect(await programme()).toEqual(['Opening plenary'])
})
