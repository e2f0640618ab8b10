/**
 * The migrations that add who-sees-which-image (public, in_published_use, the documents' image
 * ids) must not hide the images of a record that already exists: the flags are derived from the
 * published documents (the last `_rebuild_derived` migration) once the schema is in place.
 */
import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { dbFor } from '@/lib/compat/payload'
import { migrations } from '@/migrations'
import { make } from '@/tests/helpers/factories'
import { setupRecord } from '@/tests/helpers/setup'

// As in production: no schema push; the migrations build everything.
const app = setupRecord({ push: false })

beforeAll(async () => {
  await app.payload.db.migrate({ migrations: migrations as never })
})

const visibleToVisitors = async (id: number) =>
  (await app.payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

it('keeps the images of published documents visible, and only those, when it runs on a record', async () => {
  const inUse = await make.media(app.payload, { alt: 'A published portrait' })
  const inDraft = await make.media(app.payload, { alt: 'A portrait for a draft' })
  const unused = await make.media(app.payload, { alt: 'An unused picture' })
  const speaker = await make.speaker(app.payload, 'published', { photo: inUse.id })
  await make.speaker(app.payload, 'draft', { photo: inDraft.id })
  expect(await visibleToVisitors(inUse.id)).toBe(true)

  // Back to the schema before it, then forward again, as a production database would go: the
  // schema change, then the migration that derives the data once every table exists.
  const named = (suffix: string) => migrations.findLast((entry) => entry.name.endsWith(suffix))!
  const req = await createLocalReq({}, app.payload)
  await initTransaction(req)
  const db = (await dbFor(app.payload, req)) as never
  await named('_media_visibility').down({ db, payload: app.payload, req } as never)
  await named('_media_visibility').up({ db, payload: app.payload, req } as never)
  await named('_rebuild_derived').up({ db, payload: app.payload, req } as never)
  await commitTransaction(req)

  expect(await visibleToVisitors(inUse.id)).toBe(true)
  expect(await visibleToVisitors(inDraft.id)).toBe(false)
  expect(await visibleToVisitors(unused.id)).toBe(false)
  const stored = await app.payload.findByID({ collection: 'speakers', id: speaker.id, showHiddenFields: true })
  expect(stored.mediaInUse).toEqual([inUse.id])
})
