/**
 * The access matrix: every content collection × {anonymous, editor, admin} ×
 * {create, read, update, delete, read drafts}, through the Local API with overrideAccess: false
 * and real user accounts, exactly as REST and GraphQL apply the same rules.
 */
import type { CollectionSlug } from 'payload'

import { queryMessages } from '@/hooks/guardQueries'
import { hasDrafts } from '@/lib/record/registry'
import {
  type DraftCollection,
  draftCollections,
  make,
  makeIn,
  uniqueYear,
} from '@/tests/helpers/factories'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'] })
type Role = 'anonymous' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'admin']
const staff = (role: Role) => role !== 'anonymous'

const create = (collection: DraftCollection, status: 'draft' | 'published') =>
  makeIn[collection](app.payload, status)

/** Data a role would submit for a new document (a fresh year or name every time). */
const newData = async (collection: DraftCollection): Promise<Record<string, unknown>> => {
  const template = await create(collection, 'published')
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    slug: _s,
    ...rest
  } = template as unknown as Record<string, unknown>
  if (collection === 'assemblies') return { ...rest, year: uniqueYear(), title: 'Another' }
  return { ...rest, title: `copy ${Date.now()}-${Math.random()}`, name: `copy ${Math.random()}` }
}

const as = (role: Role) => ({
  user: role === 'anonymous' ? undefined : app[role],
  overrideAccess: false as const,
})

describe.each(draftCollections)('%s', (collection) => {
  describe.each(roles)('as %s', (role) => {
    const allowed = staff(role)

    it(`${allowed ? 'can' : 'cannot'} create`, async () => {
      const data = await newData(collection)
      const attempt = app.payload.create({ collection, data: data as never, ...as(role) })
      if (allowed) await expect(attempt).resolves.toHaveProperty('id')
      else await expect(attempt).rejects.toThrow(/not allowed/i)
    })

    it('can read a published document', async () => {
      const doc = await create(collection, 'published')
      const found = await app.payload.find({
        collection,
        where: { id: { equals: doc.id } },
        ...as(role),
      })
      expect(found.docs.map((d) => d.id)).toEqual([doc.id])
    })

    it(`${allowed ? 'can' : 'cannot'} read a draft`, async () => {
      const doc = await create(collection, 'draft')
      const list = app.payload.find({
        collection,
        where: { id: { equals: doc.id } },
        draft: true,
        ...as(role),
      })
      const byId = app.payload.findByID({ collection, id: doc.id, draft: true, ...as(role) })
      if (allowed) {
        expect((await list).docs.map((d) => d.id)).toEqual([doc.id])
        await expect(byId).resolves.toHaveProperty('id', doc.id)
      } else {
        // Visitors may not ask for drafts at all (hooks/guardQueries.ts).
        await expect(list).rejects.toThrow(queryMessages.drafts)
        await expect(byId).rejects.toThrow(queryMessages.drafts)
      }
      // Without asking for drafts, nobody but staff finds it either.
      const plain = await app.payload.find({
        collection,
        where: { id: { equals: doc.id } },
        ...as(role),
      })
      expect(plain.docs.map((d) => d.id)).toEqual(allowed ? [doc.id] : [])
    })

    it(`${allowed ? 'can' : 'cannot'} read old versions`, async () => {
      const doc = await create(collection, 'published')
      const attempt = app.payload.findVersions({
        collection,
        where: { parent: { equals: doc.id } },
        ...as(role),
      })
      if (allowed) expect((await attempt).totalDocs).toBeGreaterThan(0)
      else await expect(attempt).rejects.toThrow(/not allowed/i)
    })

    it(`${allowed ? 'can' : 'cannot'} update`, async () => {
      const doc = await create(collection, 'published')
      const field = collection === 'speakers' || collection === 'organisations' ? 'name' : 'title'
      const attempt = app.payload.update({
        collection,
        id: doc.id,
        data: { [field]: `Edited ${role}` } as never,
        ...as(role),
      })
      if (allowed) await expect(attempt).resolves.toHaveProperty(field, `Edited ${role}`)
      else await expect(attempt).rejects.toThrow(/not allowed/i)
    })

    it(`${allowed ? 'can' : 'cannot'} delete`, async () => {
      const doc = await create(collection, 'published')
      const attempt = app.payload.delete({ collection, id: doc.id, ...as(role) })
      if (allowed) await expect(attempt).resolves.toHaveProperty('id', doc.id)
      else await expect(attempt).rejects.toThrow(/not allowed/i)
      const left = await app.payload.count({ collection, where: { id: { equals: doc.id } } })
      expect(left.totalDocs).toBe(allowed ? 0 : 1)
    })
  })
})

describe.each(['topics', 'media'] as const)('%s (no drafts)', (collection) => {
  const createDoc = () =>
    collection === 'topics' ? make.topic(app.payload) : make.media(app.payload)

  describe.each(roles)('as %s', (role) => {
    const allowed = staff(role)

    const count = async (id: number) =>
      (await app.payload.find({ collection, where: { id: { equals: id } }, ...as(role) })).totalDocs

    it('can read', async () => {
      const doc = await createDoc()
      // Visitors see an image only while it is shown on the site (mediaVisibility.test.ts).
      expect(await count(doc.id)).toBe(collection === 'media' && !allowed ? 0 : 1)
    })

    if (collection === 'media' && !allowed) {
      it('can read an image a published document uses, or staff marked public', async () => {
        const used = await make.media(app.payload)
        await make.speaker(app.payload, 'published', { photo: used.id })
        const marked = await make.media(app.payload, { alt: 'A poster', public: true })
        expect(await count(used.id)).toBe(1)
        expect(await count(marked.id)).toBe(1)
      })
    }

    it(`${allowed ? 'can' : 'cannot'} create, update and delete`, async () => {
      const doc = await createDoc()
      const field = collection === 'topics' ? 'name' : 'alt'
      const update = app.payload.update({
        collection,
        id: doc.id,
        data: { [field]: `Edited by ${role} ${Date.now()}` } as never,
        ...as(role),
      })
      const remove = () => app.payload.delete({ collection, id: doc.id, ...as(role) })
      if (allowed) {
        await expect(update).resolves.toHaveProperty(field)
        await expect(remove()).resolves.toHaveProperty('id', doc.id)
      } else {
        await expect(update).rejects.toThrow(/not allowed/i)
        await expect(remove()).rejects.toThrow(/not allowed/i)
      }
      if (collection === 'topics') {
        const attempt = app.payload.create({
          collection: 'topics',
          data: { name: `New ${role} ${Date.now()}` },
          ...as(role),
        })
        if (allowed) await expect(attempt).resolves.toHaveProperty('id')
        else await expect(attempt).rejects.toThrow(/not allowed/i)
      }
    })
  })
})

describe('users', () => {
  it.each(roles)('%s: read access follows the role', async (role) => {
    const attempt = app.payload.find({ collection: 'users' as CollectionSlug, ...as(role) })
    if (role === 'anonymous') {
      await expect(attempt).rejects.toThrow(/not allowed/i)
    } else if (role === 'editor') {
      expect((await attempt).docs.map((d) => d.id)).toEqual([app.editor.id])
    } else {
      expect((await attempt).totalDocs).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('audit log', () => {
  it.each(roles)('%s: only admins read it, and nobody writes it', async (role) => {
    const entry = await app.payload.create({
      collection: 'audit-log',
      data: { action: 'consent', speaker: 1, summary: `Planted for ${role}` },
      overrideAccess: true,
    })
    const read = app.payload.find({ collection: 'audit-log', ...as(role) })
    if (role === 'admin') expect((await read).docs.map((d) => d.id)).toContain(entry.id)
    else await expect(read).rejects.toThrow(/not allowed/i)
    const writes = [
      () =>
        app.payload.create({
          collection: 'audit-log',
          data: { action: 'consent', speaker: 1, summary: 'Forged' },
          ...as(role),
        }),
      () =>
        app.payload.update({
          collection: 'audit-log',
          id: entry.id,
          data: { summary: 'Rewritten' },
          ...as(role),
        }),
      () => app.payload.delete({ collection: 'audit-log', id: entry.id, ...as(role) }),
    ]
    for (const write of writes) await expect(write()).rejects.toThrow(/not allowed/i)
  })
})

describe('the matrix', () => {
  it('covers every collection of the app: those with drafts above, then the others', () => {
    // Payload's own collections (preferences, locks, jobs, migrations) are not content.
    const content = app.payload.config.collections.filter(
      ({ slug }) => !slug.startsWith('payload-'),
    )
    const slugs = (drafts: boolean) =>
      content.filter((collection) => hasDrafts(collection) === drafts).map(({ slug }) => slug)
    expect(slugs(true).sort()).toEqual([...draftCollections].sort())
    expect(slugs(false).sort()).toEqual(['audit-log', 'media', 'topics', 'users'])
  })
})
