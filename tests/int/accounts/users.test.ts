import type { User } from '@/payload-types'
import { createUser } from '@/tests/helpers/payload'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord()

const account = (email: string, role: User['role']) => ({
  email,
  password: 'a long enough password',
  role,
})

describe('users and roles', () => {
  let admin: User
  let editor: User

  it('makes the first account an admin, whatever role was asked for', async () => {
    const first = await app.payload.create({
      collection: 'users',
      data: account('first@example.org', 'editor'),
    })
    expect(first.role).toBe('admin')
    admin = { ...first, collection: 'users' } as User
    const second = await app.payload.create({
      collection: 'users',
      data: account('second@example.org', 'editor'),
    })
    expect(second.role).toBe('editor')
    editor = { ...second, collection: 'users' } as User
  })

  it.each(['editor', 'admin'] as const)(
    'does not let an editor create an account, here an %s, through the API',
    async (role) => {
      await expect(
        app.payload.create({
          collection: 'users',
          data: account(`${role}-by-an-editor@example.org`, role),
          user: editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow(/not allowed/i)
    },
  )

  it('refuses reading and deleting other accounts to editors and anonymous visitors', async () => {
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
})
