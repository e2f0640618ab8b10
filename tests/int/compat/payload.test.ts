/**
 * lib/compat/payload.ts: each work-around, and the defect in Payload it works around. When an
 * upgrade fixes a defect, its "still broken upstream" test fails: remove the work-around then.
 */
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['editor'], signIn: ['editor'] })

describe('deleting a preference', () => {
  it('is still broken upstream: deleting a preference that is not there is invalid SQL', async () => {
    const attempt = app.payload.db.deleteOne({
      collection: 'payload-preferences',
      where: {
        and: [
          { key: { equals: 'never-saved' } },
          { 'user.value': { equals: app.editor.id } },
          { 'user.relationTo': { equals: 'users' } },
        ],
      },
    })
    // PostgreSQL's "missing FROM-clause entry for table": SQL naming a table it never joined.
    await expect(attempt).rejects.toMatchObject({ cause: { code: '42P01' } })
  })

  it('works through the API: the signed-in user’s own preference, 404 after, 401 anonymous', async () => {
    const saved = await rest('/payload-preferences/list-columns', {
      method: 'POST',
      token: app.editorToken,
      body: JSON.stringify({ value: { columns: ['title'] } }),
    })
    expect(saved.status).toBe(200)
    expect((await rest('/payload-preferences/list-columns', { method: 'DELETE' })).status).toBe(401)
    const deleted = await rest('/payload-preferences/list-columns', {
      method: 'DELETE',
      token: app.editorToken,
    })
    expect(deleted.status).toBe(200)
    expect(await deleted.json()).toMatchObject({ key: 'list-columns' })
    const gone = await rest('/payload-preferences/list-columns', { token: app.editorToken })
    expect(await gone.json()).toMatchObject({ value: null })
    expect(
      (
        await rest('/payload-preferences/list-columns', {
          method: 'DELETE',
          token: app.editorToken,
        })
      ).status,
    ).toBe(404)
  })
})
