/**
 * The public tracker reads its counts in SQL, outside Payload's access control: nothing
 * unpublished may count, name an option or reach a page. A draft-only win, a draft organisation
 * credited with (or presenting) a published win, a draft assembly, a draft presenter, a topic only
 * a draft files, and a published win with a newer unpublished draft.
 */
import { jest } from '@jest/globals'

import type { RawSearchParams, WinFacet } from '@/lib/wins'
import { setupRecord } from '@/tests/helpers/setup'

// A staff preview is draft mode plus a staff session (lib/preview/viewer.ts); off unless a test
// turns it on.
const draft = { isEnabled: false }
let requestHeaders = new Headers()
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => draft,
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}))
const { trackPublishedWins } = await import('@/lib/queries/wins')
const { parseWinQuery } = await import('@/lib/wins')
const { make, uniqueYear } = await import('@/tests/helpers/factories')

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })

const HIDDEN = 'Zqhidden'
const year = uniqueYear()
const draftYear = uniqueYear()

beforeAll(async () => {
  const { payload } = app
  const assembly = await make.assembly(payload, 'published', { year })
  const draftAssembly = await make.assembly(payload, 'draft', { year: draftYear })
  const open = await make.organisation(payload, 'published', {
    name: 'Open Collective',
    slug: 'open-collective',
  })
  const hidden = await make.organisation(payload, 'draft', {
    name: `${HIDDEN} Organisation`,
    acronym: `${HIDDEN}O`,
    slug: 'hidden-organisation',
  })
  const filed = await payload.create({
    collection: 'topics',
    data: { name: 'Housing', slug: 'housing' },
  })
  const draftsOnly = await payload.create({
    collection: 'topics',
    data: { name: `${HIDDEN} topic`, slug: 'drafts-only-topic' },
  })
  const hiddenSpeaker = await make.speaker(payload, 'draft', { name: `${HIDDEN} Speaker` })

  await make.win(payload, 'published', {
    title: 'Alpha published',
    country: 'BE',
    assembly: assembly.id,
    presenter: hiddenSpeaker.id,
    presenterOrganisation: hidden.id,
    creditedOrganisations: [open.id, hidden.id],
    topics: [filed.id],
  })
  await make.win(payload, 'published', {
    title: 'Bravo published',
    country: 'NL',
    assembly: draftAssembly.id,
  })
  await make.win(payload, 'draft', {
    title: `${HIDDEN} draft-only win`,
    country: 'PT',
    kind: 'legislation',
    assembly: assembly.id,
    creditedOrganisations: [open.id],
    topics: [draftsOnly.id],
  })
  const delta = await make.win(payload, 'published', {
    title: 'Delta published',
    country: 'FR',
    assembly: assembly.id,
  })
  await payload.update({
    collection: 'wins',
    id: delta.id,
    draft: true,
    data: {
      title: `${HIDDEN} Delta retitled`,
      country: 'PT',
      kind: 'legislation',
      achievedOn: '2001-05-05T00:00:00.000Z',
      presenterOrganisation: open.id,
      creditedOrganisations: [open.id, hidden.id],
      topics: [draftsOnly.id],
    },
  })
  // The newer draft is there for staff, so what follows is about the public read.
  const draft = await payload.findByID({ collection: 'wins', id: delta.id, draft: true, depth: 0 })
  expect(draft).toMatchObject({ title: `${HIDDEN} Delta retitled`, country: 'PT' })
})

const track = (params: RawSearchParams = {}) => trackPublishedWins(parseWinQuery(params))

const counted = async (facet: WinFacet, params: RawSearchParams = {}) =>
  Object.fromEntries(
    (await track(params)).facets[facet].map((option) => [option.value, option.count]),
  )

describe('drafts in the public tracker', () => {
  it('lists and counts the published wins as published, and nothing else', async () => {
    const tracking = await track({ sort: 'title' })
    expect(tracking.total).toBe(3)
    expect(tracking.wins.map((win) => win.title)).toEqual([
      'Alpha published',
      'Bravo published',
      'Delta published',
    ])
    // The newer draft of Delta changes none of its facets.
    expect(await counted('country')).toEqual({ BE: 1, FR: 1, NL: 1 })
    expect(await counted('kind')).toMatchObject({ policy: 3, legislation: 0 })
    expect(await counted('year')).toEqual({ [year]: 2 })
    expect(await counted('topic')).toEqual({ housing: 1 })
    expect(await counted('presenting')).toEqual({})
    expect(await counted('credited')).toEqual({ 'open-collective': 1 })
  })

  it('names nothing unpublished anywhere in what it returns', async () => {
    for (const params of [
      {},
      { sort: 'title' },
      { country: 'PT' },
      { credited: 'open-collective' },
    ]) {
      expect(JSON.stringify(await track(params))).not.toContain(HIDDEN)
    }
  })

  it('drops filters on a draft organisation or a topic only drafts have', async () => {
    const tracking = await track({
      presenting: 'hidden-organisation',
      credited: 'hidden-organisation',
      topic: 'drafts-only-topic',
    })
    expect(tracking.filters).toMatchObject({ presenting: [], credited: [], topic: [] })
    expect(tracking.total).toBe(3)
  })

  it('filters on what the published version says, not the newer draft', async () => {
    expect((await track({ country: 'PT' })).total).toBe(0)
    expect((await track({ country: 'FR' })).wins.map((win) => win.title)).toEqual([
      'Delta published',
    ])
    expect((await track({ year: '2001' })).total).toBe(0)
    expect((await track({ kind: 'legislation' })).total).toBe(0)
    expect((await track({ credited: 'open-collective' })).wins.map((win) => win.title)).toEqual([
      'Alpha published',
    ])
    // A draft assembly gives Bravo no year, so it is not under the draft assembly's year.
    expect((await track({ year: String(draftYear) })).total).toBe(0)
  })

  it('shows each card only what is published of what it links to', async () => {
    const { wins } = await track({ sort: 'title' })
    const [alpha, bravo, delta] = wins
    expect(alpha).toMatchObject({ presenterOrganisation: null })
    expect(alpha?.creditedOrganisations.map((org) => org.slug)).toEqual(['open-collective'])
    // The draft presenter is not populated: only an id, which the card does not show.
    expect(typeof alpha?.presenter).not.toBe('object')
    expect(alpha?.assembly).toMatchObject({ year })
    expect(bravo?.assembly).toBeNull()
    expect(delta).toMatchObject({
      title: 'Delta published',
      country: 'FR',
      kind: 'policy',
      presenterOrganisation: null,
      creditedOrganisations: [],
    })
    expect(delta?.achievedOn ?? null).toBeNull()
  })
})

describe('a staff preview', () => {
  afterEach(() => {
    draft.isEnabled = false
    requestHeaders = new Headers()
  })

  it('tracks the latest drafts, in memory, and leaves the public tracker as it was', async () => {
    draft.isEnabled = true
    requestHeaders = new Headers({ Authorization: `JWT ${app.editorToken}` })
    const preview = await track({ country: 'PT', sort: 'title' })
    expect(preview.wins.map((win) => win.title)).toEqual([
      `${HIDDEN} Delta retitled`,
      `${HIDDEN} draft-only win`,
    ])
    expect(preview.facets.credited.map((option) => option.value)).toContain('hidden-organisation')

    // Draft mode without a staff session is a visitor.
    requestHeaders = new Headers()
    expect((await track({ country: 'PT' })).total).toBe(0)
  })
})
