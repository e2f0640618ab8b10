/**
 * The migrations that add who-sees-which-image (public, in_published_use, the documents' image
 * ids) must not hide the images of a record that already exists: the flags are derived from the
 * published documents (20261129_130000_rebuild_derived) once the schema is in place.
 */
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'

import { dbFor } from '@/lib/compat/payload'
import { migrations } from '@/migrations'
import { make } from '@/tests/helpers/factories'
import { closeTestPayload, getTestPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  // As in production: no schema push; the migrations build everything.
  process.env.PAYLOAD_MIGRATING = 'true'
  payload = await getTestPayload()
  delete process.env.PAYLOAD_MIGRATING
  await payload.db.migrate({ migrations: migrations as never })
})
afterAll(async () => {
  await closeTestPayload(payload)
})

const visibleToVisitors = async (id: number) =>
  (await payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

it('keeps the images of published documents visible, and only those, when it runs on a record', async () => {
  const inUse = await make.media(payload, { alt: 'A published portrait' })
  const inDraft = await make.media(payload, { alt: 'A portrait for a draft' })
  const unused = await make.media(payload, { alt: 'An unused picture' })
  const speaker = await make.speaker(payload, 'published', { photo: inUse.id })
  await make.speaker(payload, 'draft', { photo: inDraft.id })
  expect(await visibleToVisitors(inUse.id)).toBe(true)

  // Back to the schema before it, then forward again, as a production database would go: the
  // schema change, then the migration that derives the data once every table exists.
  const named = (suffix: string) => migrations.find((entry) => entry.name.endsWith(suffix))!
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const db = (await dbFor(payload, req)) as never
  await named('_media_visibility').down({ db, payload, req } as never)
  await named('_media_visibility').up({ db, payload, req } as never)
  await named('_rebuild_derived').up({ db, payload, req } as never)
  await commitTransaction(req)

  expect(await visibleToVisitors(inUse.id)).toBe(true)
  expect(await visibleToVisitors(inDraft.id)).toBe(false)
  expect(await visibleToVisitors(unused.id)).toBe(false)
  const stored = await payload.findByID({ collection: 'speakers', id: speaker.id, showHiddenFields: true })
  expect(stored.mediaInUse).toEqual([inUse.id])
})
