/**
 * A document the record still points at cannot be deleted. Which fields point where is read from
 * the configuration (hooks/preventReferencedDelete.ts), so these cases pick fields the old
 * hand-written lists had to name one by one: nested arrays, several fields of one collection,
 * drafts.
 */
import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { closeTestPayload, createUser, getTestPayload } from '@/tests/helpers/payload'
import { rest, tokenFor } from '@/tests/helpers/rest'

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
const stillThere = async (collection: 'organisations' | 'sources' | 'assemblies', id: number) =>
  (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

describe('deleting what the record still uses', () => {
  it('counts every field of a collection that points at the document, drafts included', async () => {
    const organisation = await make.organisation(payload)
    await make.speaker(payload, 'draft', { name: 'Draft Member', organisation: organisation.id })
    await make.win(payload, 'published', { title: 'Credited win', creditedOrganisations: [organisation.id] })
    await make.win(payload, 'draft', { title: 'Presented win', presenterOrganisation: organisation.id })

    const attempt = payload.delete({ collection: 'organisations', id: organisation.id, ...asEditor() })
    await expect(attempt).rejects.toThrow(/still used in 2 wins \(.*\); 1 speaker \(“Draft Member”\)/)
    await expect(
      payload.delete({ collection: 'organisations', id: organisation.id, ...asEditor() }),
    ).rejects.toThrow(/“Credited win”/)
    expect(await stillThere('organisations', organisation.id)).toBe(true)
  })

  it('finds a citation inside a session contribution', async () => {
    const source = await make.source(payload)
    const speaker = await make.speaker(payload)
    await make.session(payload, 'draft', {
      title: 'Cited in a contribution',
      contributions: [{ speaker: speaker.id, roleAtTheTime: 'Chair', citations: [{ source: source.id }] }],
    })
    await expect(
      payload.delete({ collection: 'sources', id: source.id, ...asEditor() }),
    ).rejects.toThrow('still used in 1 session (“Cited in a contribution”)')
    expect(await stillThere('sources', source.id)).toBe(true)
  })

  it('answers over REST with a 409 and the words, and deletes once nothing points at it', async () => {
    const assembly = await make.assembly(payload)
    const session = await make.session(payload, 'published', { assembly: assembly.id, title: 'Opening' })
    const token = await tokenFor(payload, editor)

    const refused = await rest(`/assemblies/${assembly.id}`, { method: 'DELETE', token })
    expect(refused.status).toBe(409)
    const body = (await refused.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe(
      'This cannot be deleted while it is still used in 1 session (“Opening”). Remove it there first.',
    )
    expect(await stillThere('assemblies', assembly.id)).toBe(true)

    await payload.delete({ collection: 'sessions', id: session.id })
    const deleted = await rest(`/assemblies/${assembly.id}`, { method: 'DELETE', token })
    expect(deleted.status).toBe(200)
    expect(await stillThere('assemblies', assembly.id)).toBe(false)
  })
})
