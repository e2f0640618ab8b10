import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { closeTestPayload, createUser, getTestPayload } from '@/tests/helpers/payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await getTestPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await closeTestPayload(payload)
})

const asEditor = () => ({ user: editor, overrideAccess: false as const })
const publicCount = async (collection: 'wins' | 'speakers', id: number) =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: false })).totalDocs

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, through the job runner', async () => {
    const win = await make.win(payload, 'draft')
    expect(await publicCount('wins', win.id)).toBe(0)

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'wins', value: win.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    // Not yet due: the runner leaves it alone.
    await payload.jobs.run()
    expect(await publicCount('wins', win.id)).toBe(0)

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'wins', value: win.id },
        user: { relationTo: 'users', value: editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    expect(await publicCount('wins', win.id)).toBe(1)
  })

  it('unpublishes when scheduled to', async () => {
    const win = await make.win(payload, 'published')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'wins', value: win.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run()
    expect(await publicCount('wins', win.id)).toBe(0)
  })
})

describe('versions', () => {
  it('keeps the history and restores an earlier version', async () => {
    const speaker = await make.speaker(payload, 'published', { role: 'Director', roleRecordedIn: 2025 })
    await payload.update({ collection: 'speakers', id: speaker.id, data: { role: 'Chair' }, ...asEditor() })
    const { docs } = await payload.findVersions({
      collection: 'speakers',
      where: { parent: { equals: speaker.id } },
      sort: 'createdAt',
      ...asEditor(),
    })
    expect(docs.map((v) => v.version.role)).toEqual(['Director', 'Chair'])
    await payload.restoreVersion({ collection: 'speakers', id: docs[0]!.id, ...asEditor() })
    const restored = await payload.findByID({ collection: 'speakers', id: speaker.id })
    expect(restored.role).toBe('Director')
  })
})

describe('deleting what the record still uses', () => {
  it('refuses to delete a speaker who has contributions or presented wins, saying where', async () => {
    const speaker = await make.speaker(payload, 'published', { name: 'Referenced Speaker' })
    const session = await make.session(payload, 'published', {
      title: 'Where they spoke',
      contributions: [{ speaker: speaker.id, roleAtTheTime: 'Director' }],
    })
    await expect(
      payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).rejects.toThrow('still used in 1 session (“Where they spoke”)')
    expect(await publicCount('speakers', speaker.id)).toBe(1)

    // Once the contribution is gone, the delete goes through.
    await payload.update({ collection: 'sessions', id: session.id, data: { contributions: [] } })
    await expect(
      payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).resolves.toHaveProperty('id', speaker.id)
  })

  it('refuses to delete an organisation that still has people or wins', async () => {
    const organisation = await make.organisation(payload)
    await make.speaker(payload, 'draft', { name: 'Staff Member', organisation: organisation.id })
    await make.win(payload, 'published', { title: 'A shared win', creditedOrganisations: [organisation.id] })
    await expect(
      payload.delete({ collection: 'organisations', id: organisation.id, ...asEditor() }),
    ).rejects.toThrow(/1 speaker \(“Staff Member”\); 1 win \(“A shared win”\)/)
  })

  it('refuses to delete an assembly that still has sessions', async () => {
    const assembly = await make.assembly(payload)
    await make.session(payload, 'published', { assembly: assembly.id, title: 'Still here' })
    await expect(
      payload.delete({ collection: 'assemblies', id: assembly.id, ...asEditor() }),
    ).rejects.toThrow(/1 session \(“Still here”\)/)
  })

  it('deletes an unused speaker', async () => {
    const speaker = await make.speaker(payload)
    await expect(
      payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).resolves.toHaveProperty('id', speaker.id)
  })
})
