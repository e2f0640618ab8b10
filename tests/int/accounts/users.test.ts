import type { User } from '@/payload-types'
import { createUser } from '@/tests/helpers/payload'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

describe('users and roles', () => {
  let admin: User
  let editor: User

  it('makes the first account an admin, whatever role was asked for', async () => {
    const first = await app.payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'a long enough password', role: 'editor' },
    })
    expect(first.role).toBe('admin')
    admin = { ...first, collection: 'users' } as User
    const second = await app.payload.create({
      collection: 'users',
      data: { email: 'second@example.org', password: 'a long enough password', role: 'editor' },
    })
    expect(second.role).toBe('editor')
    editor = { ...second, collection: 'users' } as User
  })

  it('refuses user management to editors and anonymous visitors', async () => {
    await expect(
      app.payload.create({
        collection: 'users',
        data: { email: 'x@example.org', password: 'a long enough password', role: 'editor' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(app.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    const seenByEditor = await app.payload.find({
      collection: 'users',
      user: editor,
      overrideAccess: false,
    })
    expect(seenByEditor.docs.map((u) => u.id)).toEqual([editor.id])
    await expect(
      app.payload.delete({
        collection: 'users',
        id: admin.id,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })

  it('lets admins manage accounts and roles', async () => {
    const created = await createUser(app.payload, 'editor')
    const promoted = await app.payload.update({
      collection: 'users',
      id: created.id,
      data: { role: 'admin' },
      user: admin,
      overrideAccess: false,
    })
    expect(promoted.role).toBe('admin')
    const all = await app.payload.find({ collection: 'users', user: admin, overrideAccess: false })
    expect(all.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('does not let an editor raise their own role', async () => {
    const updated = await app.payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin', name: 'Renamed editor' },
      user: editor,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Renamed editor')
    expect(updated.role).toBe('editor')
    const stored = await app.payload.findByID({ collection: 'users', id: editor.id })
    expect(stored.role).toBe('editor')
  })

  it('does not let an editor create an account with a role through the API', async () => {
    await expect(
      app.payload.create({
        collection: 'users',
        data: { email: 'sneaky@example.org', password: 'a long enough password', role: 'admin' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
