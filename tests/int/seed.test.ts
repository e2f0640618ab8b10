/**
 * The 2025 record, checked fact by fact against the report in ../shared/sources. The expected
 * values below are typed from the report, not derived from the seed data, so a wrong name, role,
 * organisation, country or figure in seed/data fails here.
 */
import type { Payload } from 'payload'

import type { Organisation, Session, Speaker, Win } from '@/payload-types'
import { seed, SeedDataError } from '@/seed'
import { seedData } from '@/seed/data'
import { closeTestPayload, createUser, getTestPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  await seed(payload)
})
afterAll(async () => {
  await closeTestPayload(payload)
})

const counts = async () => {
  const slugs = ['assemblies', 'sessions', 'speakers', 'organisations', 'wins', 'topics'] as const
  const entries = await Promise.all(
    slugs.map(async (collection) => [collection, (await payload.count({ collection })).totalDocs]),
  )
  return Object.fromEntries(entries) as Record<(typeof slugs)[number], number>
}

const nameOf = (value: unknown) => (value as { name?: string } | null)?.name

describe('the 2025 General Assembly', () => {
  it('has one assembly with the report’s title and theme, and no invented date or venue', async () => {
    const { docs } = await payload.find({ collection: 'assemblies', where: { year: { equals: 2025 } } })
    expect(docs).toHaveLength(1)
    const [assembly] = docs
    expect(assembly!.title).toBe('PICUM General Assembly 2025')
    expect(assembly!.theme).toBe('Resisting an increasingly hostile environment')
    expect(assembly!._status).toBe('published')
    expect(assembly!.startDate ?? null).toBeNull()
    expect(assembly!.endDate ?? null).toBeNull()
    expect(assembly!.city ?? null).toBeNull()
    expect(assembly!.country ?? null).toBeNull()
    expect(assembly!.heroImage ?? null).toBeNull()
  })

  it('has the three sessions in programme order', async () => {
    const { docs } = await payload.find({ collection: 'sessions', sort: 'position', depth: 0 })
    expect(docs.map((s) => [s.position, s.title])).toEqual([
      [1, 'What opportunities in an era of hostile migration policies?'],
      [2, 'Strategies to counter hostile narratives and policies'],
      [3, 'Finding hope: wins and inspirations from the network'],
    ])
    expect(docs.map((s) => s.format)).toEqual(['plenary', 'plenary', 'panel'])
  })

  // [name, role at the assembly, organisation at the assembly, session position]
  const speakers: Array<[string, string | null, string, number]> = [
    ['Fatima Diallo', 'Chair', 'UN Migrant Workers’ Committee', 1],
    ['Tineke Strik', 'Greens MEP', 'European Parliament', 1],
    ['Emilio Puccio', 'Secretary General', 'European Parliament’s Intergroup on Children’s Rights', 1],
    ['Albert Kraler', 'MIrreM research coordinator and assistant professor', 'Krems University', 1],
    ['Linnea Näsholm', null, 'Health Center for Undocumented Migrants', 1],
    ['Helena Olea', 'Deputy Director', 'Alianza Américas', 1],
    ['Aarti Narsee', 'Senior Policy and Advocacy Officer', 'European Civic Forum', 2],
    ['Nadia Cornejo', 'Spokesperson', 'Greenpeace Belgium', 2],
    ['Fezile Osum', 'Legal coordinator', 'Border Violence Monitoring Network', 2],
    ['Lucía Maquieira', 'Director', 'Red Acoge', 3],
    ['Daan Bauwens', 'Director', 'Utsopi', 3],
    ['Alicia Adams', 'Partnerships and Donor Relations Officer', 'FiZ', 3],
    ['Janneke Wijman', 'Case manager', 'ASKV', 3],
  ]

  it('names the thirteen speakers once each', async () => {
    const { docs } = await payload.find({ collection: 'speakers', limit: 100, depth: 0 })
    expect(docs.map((s) => s.name).sort()).toEqual(speakers.map(([name]) => name).sort())
  })

  it.each(speakers)('records %s as %p of %p', async (name, role, organisation, position) => {
    const { docs } = await payload.find({
      collection: 'sessions',
      where: { position: { equals: position } },
      depth: 1,
    })
    const contribution = (docs[0] as Session).contributions?.find(
      (c) => nameOf(c.speaker) === name,
    )
    expect(contribution).toBeDefined()
    expect(contribution!.roleAtTheTime ?? null).toBe(role)
    expect(nameOf(contribution!.organisationAtTheTime)).toBe(organisation)
    expect(contribution!.contribution).toBeTruthy()
  })

  it('lists contributions in the order people spoke', async () => {
    const { docs } = await payload.find({ collection: 'sessions', sort: 'position', depth: 1 })
    const order = docs.map((s) => (s as Session).contributions?.map((c) => nameOf(c.speaker)))
    expect(order).toEqual([1, 2, 3].map((p) => speakers.filter((s) => s[3] === p).map((s) => s[0])))
  })

  it('has each organisation once, with PICUM, and no invented website', async () => {
    const { docs } = await payload.find({ collection: 'organisations', limit: 100, depth: 0 })
    const names = docs.map((o) => o.name)
    expect(new Set(names).size).toBe(names.length)
    for (const [, , organisation] of speakers) expect(names).toContain(organisation)
    expect(names).toContain('PICUM')
    expect(docs.every((o) => !o.website)).toBe(true)
    const byName = new Map(docs.map((o) => [o.name, o as Organisation]))
    expect(byName.get('Border Violence Monitoring Network')?.acronym).toBe('BVMN')
    expect(byName.get('Health Center for Undocumented Migrants')).toMatchObject({
      country: 'NO',
      city: 'Oslo',
    })
    expect(byName.get('Krems University')).toMatchObject({ country: 'AT', kind: 'research' })
    expect(byName.get('Greenpeace Belgium')?.country).toBe('BE')
    expect(byName.get('UN Migrant Workers’ Committee')).toMatchObject({ kind: 'un-body' })
    expect(byName.get('UN Migrant Workers’ Committee')?.country ?? null).toBeNull()
  })

  // [country, kind, organisation, presenter, session position, figure]
  const wins: Array<[string, string, string, string, string, number, number | null]> = [
    ['arraigo', 'ES', 'regularisation', 'Red Acoge', 'Lucía Maquieira', 3, null],
    ['Valencia', 'ES', 'regularisation', 'Red Acoge', 'Lucía Maquieira', 3, 25000],
    ['sex workers', 'BE', 'labour-rights', 'Utsopi', 'Daan Bauwens', 3, null],
    ['dependent partners', 'CH', 'legislation', 'FiZ', 'Alicia Adams', 3, 30],
    ['Surinamese', 'NL', 'regularisation', 'ASKV', 'Janneke Wijman', 3, null],
    ['pushbacks', 'GR', 'court-judgment', 'Border Violence Monitoring Network', 'Fezile Osum', 2, null],
    ['health care', 'NO', 'policy', 'Health Center for Undocumented Migrants', 'Linnea Näsholm', 1, null],
    ['public interest litigation', 'NL', 'court-judgment', 'European Civic Forum', 'Aarti Narsee', 2, null],
  ]

  it('has the eight wins', async () => {
    expect((await counts()).wins).toBe(wins.length)
  })

  it.each(wins)('records the win about %s', async (word, country, kind, organisation, presenter, position, figure) => {
    const { docs } = await payload.find({
      collection: 'wins',
      where: { title: { contains: word } },
      depth: 1,
    })
    expect(docs).toHaveLength(1)
    const win = docs[0] as Win
    expect(win.country).toBe(country)
    expect(win.kind).toBe(kind)
    expect(win.organisations?.map(nameOf)).toEqual([organisation])
    expect(nameOf(win.presenter)).toBe(presenter)
    expect((win.session as Session).position).toBe(position)
    expect((win.assembly as { year: number }).year).toBe(2025)
    expect(win.figures?.map((f) => f.value) ?? []).toEqual(figure === null ? [] : [figure])
    expect(win.achievedOn ?? null).toBeNull()
  })

  it('links sessions and wins to topics', async () => {
    const sessions = await payload.find({ collection: 'sessions', depth: 0 })
    expect(sessions.docs.every((s) => (s.topics?.length ?? 0) > 0)).toBe(true)
    const regularisation = await payload.find({
      collection: 'wins',
      where: { 'topics.slug': { equals: 'regularisation' } },
      depth: 0,
    })
    expect(regularisation.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('creates no user account', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })
})

describe('running the seed again', () => {
  it('creates nothing new and keeps what staff changed', async () => {
    const editor = await createUser(payload, 'admin')
    const { docs } = await payload.find({
      collection: 'speakers',
      where: { name: { equals: 'Lucía Maquieira' } },
    })
    await payload.update({
      collection: 'speakers',
      id: docs[0]!.id,
      data: { currentRole: 'Edited by staff' },
      user: editor,
      overrideAccess: false,
    })
    const before = await counts()
    const report = await seed(payload)
    expect(report.created).toEqual([])
    expect(report.skipped.length).toBe(before.assemblies + before.sessions + before.speakers + before.organisations + before.wins + before.topics)
    expect(await counts()).toEqual(before)
    const after = await payload.findByID({ collection: 'speakers', id: docs[0]!.id })
    expect((after as Speaker).currentRole).toBe('Edited by staff')
  })

  it('recreates only what is missing', async () => {
    const { docs } = await payload.find({ collection: 'topics', where: { slug: { equals: 'health-care' } } })
    await payload.delete({ collection: 'topics', id: docs[0]!.id })
    const report = await seed(payload)
    expect(report.created).toEqual(['topics: Health care'])
  })
})

describe('invalid seed data', () => {
  it('stops before writing anything, naming the record and the field', async () => {
    const before = await counts()
    const broken = structuredClone(seedData)
    broken.speakers.push({ slug: 'new-person', name: 'New Person', currentOrganisation: 'no-such-org' })
    broken.wins[1] = { ...broken.wins[1]!, country: 'XX' }
    const attempt = seed(payload, broken)
    await expect(attempt).rejects.toThrow(SeedDataError)
    await expect(seed(payload, broken)).rejects.toThrow(
      /speakers\[13\] \(new-person\)\.currentOrganisation: names an unknown organisation "no-such-org"/,
    )
    await expect(seed(payload, broken)).rejects.toThrow(/wins\[1\] \(valencia-floods-regularisation\)\.country/)
    expect(await counts()).toEqual(before)
  })
})
