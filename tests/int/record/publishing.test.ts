import { make } from '@/tests/helpers/factories'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'] })

const asEditor = () => ({ user: app.editor, overrideAccess: false as const })
const publicCount = async (collection: 'wins' | 'speakers', id: number) =>
  (await app.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: false }))
    .totalDocs

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, through the job runner', async () => {
    const win = await make.win(app.payload, 'draft')
    expect(await publicCount('wins', win.id)).toBe(0)

    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'wins', value: win.id },
        user: { relationTo: 'users', value: app.editor.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    // Not yet due: the runner leaves it alone.
    await app.payload.jobs.run()
    expect(await publicCount('wins', win.id)).toBe(0)

    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'wins', value: win.id },
        user: { relationTo: 'users', value: app.editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await app.payload.jobs.run()
    expect(await publicCount('wins', win.id)).toBe(1)
  })

  it('unpublishes when scheduled to', async () => {
    const win = await make.win(app.payload, 'published')
    await app.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'wins', value: win.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await app.payload.jobs.run()
    expect(await publicCount('wins', win.id)).toBe(0)
  })
})

describe('versions', () => {
  it('keeps the history and restores an earlier version', async () => {
    const speaker = await make.speaker(app.payload, 'published', {
      role: 'Director',
      roleRecordedIn: 2025,
    })
    await app.payload.update({
      collection: 'speakers',
      id: speaker.id,
      data: { role: 'Chair' },
      ...asEditor(),
    })
    const { docs } = await app.payload.findVersions({
      collection: 'speakers',
      where: { parent: { equals: speaker.id } },
      sort: 'createdAt',
      ...asEditor(),
    })
    expect(docs.map((v) => v.version.role)).toEqual(['Director', 'Chair'])
    await app.payload.restoreVersion({ collection: 'speakers', id: docs[0]!.id, ...asEditor() })
    const restored = await app.payload.findByID({ collection: 'speakers', id: speaker.id })
    expect(restored.role).toBe('Director')
  })
})

describe('deleting what the record still uses', () => {
  it('refuses to delete a speaker who has contributions or presented wins, saying where', async () => {
    const speaker = await make.speaker(app.payload, 'published', { name: 'Referenced Speaker' })
    const session = await make.session(app.payload, 'published', {
      title: 'Where they spoke',
      contributions: [{ speaker: speaker.id, roleAtTheTime: 'Director' }],
    })
    await expect(
      app.payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).rejects.toThrow('still used in 1 session (“Where they spoke”)')
    expect(await publicCount('speakers', speaker.id)).toBe(1)

    // Once the contribution is gone, the delete goes through.
    await app.payload.update({
      collection: 'sessions',
      id: session.id,
      data: { contributions: [] },
    })
    await expect(
      app.payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).resolves.toHaveProperty('id', speaker.id)
  })

  it('refuses to delete an organisation that still has people or wins', async () => {
    const organisation = await make.organisation(app.payload)
    await make.speaker(app.payload, 'draft', {
      name: 'Staff Member',
      organisation: organisation.id,
    })
    await make.win(app.payload, 'published', {
      title: 'A shared win',
      creditedOrganisations: [organisation.id],
    })
    await expect(
      app.payload.delete({ collection: 'organisations', id: organisation.id, ...asEditor() }),
    ).rejects.toThrow(/1 win \(“A shared win”\); 1 speaker \(“Staff Member”\)/)
  })

  it('refuses to delete an assembly that still has sessions', async () => {
    const assembly = await make.assembly(app.payload)
    await make.session(app.payload, 'published', { assembly: assembly.id, title: 'Still here' })
    await expect(
      app.payload.delete({ collection: 'assemblies', id: assembly.id, ...asEditor() }),
    ).rejects.toThrow(/1 session \(“Still here”\)/)
  })

  it('deletes an unused speaker', async () => {
    const speaker = await make.speaker(app.payload)
    await expect(
      app.payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).resolves.toHaveProperty('id', speaker.id)
  })
})
