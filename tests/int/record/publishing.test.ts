import { make } from '@/tests/helpers/factories'
import { runScheduledPublish } from '@/tests/helpers/scheduledPublish'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'] })

const asEditor = () => ({ user: app.editor, overrideAccess: false as const })
/** How many visitors find of the win with this id: 1 once it is published. */
const publicWins = async (id: number) =>
  (
    await app.payload.count({
      collection: 'wins',
      where: { id: { equals: id } },
      overrideAccess: false,
    })
  ).totalDocs

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, through the job runner', async () => {
    const win = await make.win(app.payload, 'draft')
    const publish = {
      type: 'publish',
      doc: { relationTo: 'wins', value: win.id },
      user: { relationTo: 'users', value: app.editor.id },
    } as const
    expect(await publicWins(win.id)).toBe(0)

    // Not yet due: the runner leaves it alone.
    await runScheduledPublish(app.payload, publish, new Date(Date.now() + 60 * 60 * 1000))
    expect(await publicWins(win.id)).toBe(0)

    await runScheduledPublish(app.payload, publish)
    expect(await publicWins(win.id)).toBe(1)
  })

  it('unpublishes when scheduled to', async () => {
    const win = await make.win(app.payload, 'published')
    await runScheduledPublish(app.payload, {
      type: 'unpublish',
      doc: { relationTo: 'wins', value: win.id },
    })
    expect(await publicWins(win.id)).toBe(0)
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
