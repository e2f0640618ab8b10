/**
 * A document the record still points at cannot be deleted. Which fields point where is read from
 * the configuration (hooks/preventReferencedDelete.ts), so these cases pick fields the old
 * hand-written lists had to name one by one: nested arrays, several fields of one collection,
 * drafts.
 */
import { make } from '@/tests/helpers/factories'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })

const asEditor = () => ({ user: app.editor, overrideAccess: false as const })
const stillThere = async (
  collection: 'organisations' | 'sources' | 'assemblies' | 'speakers',
  id: number,
) => (await app.payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

/** An organisation a draft speaker works for and a published win credits. */
async function organisationInUse(member: string, creditedWin: string) {
  const organisation = await make.organisation(app.payload)
  await make.speaker(app.payload, 'draft', { name: member, organisation: organisation.id })
  await make.win(app.payload, 'published', {
    title: creditedWin,
    creditedOrganisations: [organisation.id],
  })
  return organisation
}

describe('deleting what the record still uses', () => {
  it('counts every field of a collection that points at the document, drafts included', async () => {
    const organisation = await organisationInUse('Draft Member', 'Credited win')
    await make.win(app.payload, 'draft', {
      title: 'Presented win',
      presenterOrganisation: organisation.id,
    })

    const attempt = app.payload.delete({
      collection: 'organisations',
      id: organisation.id,
      ...asEditor(),
    })
    await expect(attempt).rejects.toThrow(
      /still used in 2 wins \(.*\); 1 speaker \(“Draft Member”\)/,
    )
    await expect(
      app.payload.delete({ collection: 'organisations', id: organisation.id, ...asEditor() }),
    ).rejects.toThrow(/“Credited win”/)
    expect(await stillThere('organisations', organisation.id)).toBe(true)
  })

  it('finds a citation inside a session contribution', async () => {
    const source = await make.source(app.payload)
    const speaker = await make.speaker(app.payload)
    await make.session(app.payload, 'draft', {
      title: 'Cited in a contribution',
      contributions: [
        { speaker: speaker.id, roleAtTheTime: 'Chair', citations: [{ source: source.id }] },
      ],
    })
    await expect(
      app.payload.delete({ collection: 'sources', id: source.id, ...asEditor() }),
    ).rejects.toThrow('still used in 1 session (“Cited in a contribution”)')
    expect(await stillThere('sources', source.id)).toBe(true)
  })

  it('answers over REST with a 409 and the words, and deletes once nothing points at it', async () => {
    const assembly = await make.assembly(app.payload)
    const session = await make.session(app.payload, 'published', {
      assembly: assembly.id,
      title: 'Opening',
    })
    const token = app.editorToken

    const refused = await rest(`/assemblies/${assembly.id}`, { method: 'DELETE', token })
    expect(refused.status).toBe(409)
    const body = (await refused.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe(
      'This cannot be deleted while it is still used in 1 session (“Opening”). Remove it there first.',
    )
    expect(await stillThere('assemblies', assembly.id)).toBe(true)

    await app.payload.delete({ collection: 'sessions', id: session.id })
    const deleted = await rest(`/assemblies/${assembly.id}`, { method: 'DELETE', token })
    expect(deleted.status).toBe(200)
    expect(await stillThere('assemblies', assembly.id)).toBe(false)
  })

  it('refuses to delete a speaker who has contributions or presented wins, saying where', async () => {
    const speaker = await make.speaker(app.payload, 'published', { name: 'Referenced Speaker' })
    const session = await make.session(app.payload, 'published', {
      title: 'Where they spoke',
      contributions: [{ speaker: speaker.id, roleAtTheTime: 'Director' }],
    })
    await expect(
      app.payload.delete({ collection: 'speakers', id: speaker.id, ...asEditor() }),
    ).rejects.toThrow('still used in 1 session (“Where they spoke”)')
    expect(await stillThere('speakers', speaker.id)).toBe(true)

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
    const organisation = await organisationInUse('Staff Member', 'A shared win')
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
