/**
 * The 2025 record, checked fact by fact against the report (../shared/sources, copied to
 * tests/fixtures/sources). The expected values below are typed from the report, not derived from
 * the seed data, so a wrong name, role, organisation, country or figure in seed/data fails here,
 * and so does a claim the report does not make: a win it does not present as one, an
 * organisation credited with a win, a PICUM membership it does not state, a record without its
 * source.
 */
import { plainText } from '@/lib/richText'
import type { Organisation, Session, Speaker, Win } from '@/payload-types'
import { seed, SeedDataError } from '@/seed'
import { seedData } from '@/seed/data'
import { createUser } from '@/tests/helpers/payload'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ seed: true })

/** How many documents each collection the seed writes holds. */
const counts = async () => {
  const written = Object.keys(seedData) as Array<keyof typeof seedData>
  const entries = await Promise.all(
    written.map(async (collection) => [
      collection,
      (await app.payload.count({ collection })).totalDocs,
    ]),
  )
  return Object.fromEntries(entries) as Record<keyof typeof seedData, number>
}

const nameOf = (value: unknown) => (value as { name?: string } | null)?.name

describe('the 2025 General Assembly', () => {
  it('has one assembly with the report’s title and theme, and no invented date or venue', async () => {
    const { docs } = await app.payload.find({
      collection: 'assemblies',
      where: { year: { equals: 2025 } },
    })
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
    const { docs } = await app.payload.find({ collection: 'sessions', sort: 'position', depth: 0 })
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
    [
      'Emilio Puccio',
      'Secretary General',
      'European Parliament’s Intergroup on Children’s Rights',
      1,
    ],
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
    const { docs } = await app.payload.find({ collection: 'speakers', limit: 100, depth: 0 })
    expect(docs.map((s) => s.name).sort()).toEqual(speakers.map(([name]) => name).sort())
  })

  it.each(speakers)('records %s as %p of %p', async (name, role, organisation, position) => {
    const { docs } = await app.payload.find({
      collection: 'sessions',
      where: { position: { equals: position } },
      depth: 1,
    })
    const contribution = (docs[0] as Session).contributions?.find((c) => nameOf(c.speaker) === name)
    expect(contribution).toBeDefined()
    expect(contribution!.roleAtTheTime ?? null).toBe(role)
    expect(nameOf(contribution!.organisationAtTheTime)).toBe(organisation)
    expect(contribution!.contribution).toBeTruthy()
  })

  it('lists contributions in the order people spoke', async () => {
    const { docs } = await app.payload.find({ collection: 'sessions', sort: 'position', depth: 1 })
    const order = docs.map((s) => (s as Session).contributions?.map((c) => nameOf(c.speaker)))
    expect(order).toEqual([1, 2, 3].map((p) => speakers.filter((s) => s[3] === p).map((s) => s[0])))
  })

  it('has each organisation once, with PICUM, and no invented website', async () => {
    const { docs } = await app.payload.find({ collection: 'organisations', limit: 100, depth: 0 })
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

  // The report's wins are the five of its last panel, "Finding hope": [word in the title,
  // country, kind, presenter, the organisation they presented for, figure].
  const wins: Array<[string, string, string, string, string, number | null]> = [
    ['arraigo', 'ES', 'regularisation', 'Lucía Maquieira', 'Red Acoge', null],
    ['Valencia', 'ES', 'regularisation', 'Lucía Maquieira', 'Red Acoge', 25000],
    ['sex workers', 'BE', 'labour-rights', 'Daan Bauwens', 'Utsopi', null],
    ['dependent partners', 'CH', 'legislation', 'Alicia Adams', 'FiZ', 30],
    ['Surinamese', 'NL', 'regularisation', 'Janneke Wijman', 'ASKV', null],
  ]

  it('has exactly the five wins the report presents, all from its last panel', async () => {
    const { docs } = await app.payload.find({ collection: 'wins', depth: 1, limit: 100 })
    expect(docs).toHaveLength(5)
    for (const win of docs as Win[]) {
      expect(wins.some(([word]) => win.title.includes(word))).toBe(true)
      expect((win.session as Session).title).toBe(
        'Finding hope: wins and inspirations from the network',
      )
    }
    // What speakers mentioned elsewhere is not filed as a win.
    for (const word of ['pushbacks', 'Greece', 'health', 'Norw', 'litigation against arms']) {
      expect(docs.map((win) => win.title).join(' | ')).not.toContain(word)
    }
  })

  it.each(wins)(
    'records the win about %s',
    async (word, country, kind, presenter, presentedFor, figure) => {
      const { docs } = await app.payload.find({
        collection: 'wins',
        where: { title: { contains: word } },
        depth: 1,
      })
      expect(docs).toHaveLength(1)
      const win = docs[0] as Win
      expect(win.country).toBe(country)
      expect(win.kind).toBe(kind)
      expect(nameOf(win.presenter)).toBe(presenter)
      expect(nameOf(win.presenterOrganisation)).toBe(presentedFor)
      // The report credits change to broad civil society coalitions and names no organisation.
      expect(win.creditedOrganisations ?? []).toEqual([])
      expect((win.assembly as { year: number }).year).toBe(2025)
      expect(win.figures?.map((f) => f.value) ?? []).toEqual(figure === null ? [] : [figure])
      expect(win.achievedOn ?? null).toBeNull()
    },
  )

  it('keeps what speakers mentioned in other sessions where the report puts it', async () => {
    const { docs } = await app.payload.find({
      collection: 'sessions',
      where: { title: { equals: 'Strategies to counter hostile narratives and policies' } },
      depth: 0,
    })
    expect(docs[0]!.resources).toContainEqual(
      expect.objectContaining({
        kind: 'judgment',
        title: 'European Court of Human Rights judgment condemning Greece for systematic pushbacks',
      }),
    )
  })

  it('states no PICUM membership the report does not, and kinds that fit', async () => {
    const { docs } = await app.payload.find({ collection: 'organisations', limit: 100, depth: 0 })
    expect(docs.map((o) => o.picumMembership)).toEqual(docs.map(() => 'unknown'))
    const kind = Object.fromEntries(docs.map((o) => [o.name, o.kind]))
    expect(kind).toMatchObject({
      'European Parliament’s Intergroup on Children’s Rights': 'parliamentary-group',
      'European Parliament': 'eu-institution',
      'Red Acoge': 'ngo',
      Utsopi: 'ngo',
      FiZ: 'ngo',
      ASKV: 'ngo',
    })
  })

  it('records each speaker’s role and organisation as of 2025, not as today’s', async () => {
    const { docs } = await app.payload.find({ collection: 'speakers', limit: 100, depth: 1 })
    for (const speaker of docs) {
      const [, role, organisation] = speakers.find(([name]) => name === speaker.name)!
      expect([
        speaker.name,
        speaker.role ?? null,
        nameOf(speaker.organisation),
        speaker.roleRecordedIn,
      ]).toEqual([speaker.name, role, organisation, 2025])
    }
  })

  it('cites the 2025 report, published, on every record it creates and every contribution', async () => {
    const sources = await app.payload.find({ collection: 'sources', depth: 0 })
    expect(
      sources.docs.map((s) => [s.title, s.publisher, s.year ?? null, s.link ?? null, s._status]),
    ).toEqual([
      [
        'Resisting an increasingly hostile environment: PICUM General Assembly 2025',
        'PICUM',
        null,
        null,
        'published',
      ],
    ])
    const report = sources.docs[0]!.id
    const sections = [
      'Opening paragraphs',
      'What opportunities in an era of hostile migration policies?',
      'Strategies to counter hostile narratives and policies',
      'Finding hope: wins and inspirations from the network',
    ]
    type Cited = { citations?: Array<{ source: unknown; locator?: string | null }> | null }
    const expectCited = (where: string, record: Cited) => {
      expect([where, record.citations?.length ?? 0]).toEqual([where, 1])
      expect(record.citations![0]!.source).toBe(report)
      expect(sections).toContain(record.citations![0]!.locator)
    }
    for (const collection of [
      'assemblies',
      'sessions',
      'speakers',
      'organisations',
      'wins',
    ] as const) {
      const { docs } = await app.payload.find({ collection, limit: 100, depth: 0 })
      for (const doc of docs) {
        expectCited(`${collection} ${doc.id}`, doc as Cited)
        expect(doc.hasSource).toBe(true)
        if (collection === 'sessions') {
          for (const contribution of (doc as Session).contributions ?? []) {
            expectCited(`contribution ${contribution.id}`, contribution)
          }
        }
      }
    }
  })

  it('keeps statements in the report’s own voice out of what speakers said', async () => {
    const { docs } = await app.payload.find({ collection: 'sessions', sort: 'position', depth: 0 })
    const first = docs[0] as Session
    const summary = plainText(first.summary)
    expect(summary).toMatch(/^The first plenary session/)
    expect(summary).toContain('research consortia')
    expect(summary).toContain('Attacks on civil society')
    const said = first.contributions!.map((c) => plainText(c.contribution)).join(' ')
    expect(said).not.toContain('research consortia')
    expect(said).not.toMatch(/attacks on civil society/i)
    expect(plainText((docs[2] as Session).summary)).toMatch(/last panel/)
  })

  it('says that human rights are under attack, as the report does', async () => {
    const { docs } = await app.payload.find({ collection: 'assemblies', depth: 0 })
    expect(plainText(docs[0]!.intro)).toContain('Human rights are under attack')
  })

  it('links sessions and wins to topics', async () => {
    const sessions = await app.payload.find({ collection: 'sessions', depth: 0 })
    expect(sessions.docs.every((s) => (s.topics?.length ?? 0) > 0)).toBe(true)
    const regularisation = await app.payload.find({
      collection: 'wins',
      where: { 'topics.slug': { equals: 'regularisation' } },
      depth: 0,
    })
    expect(regularisation.totalDocs).toBe(3)
  })

  it('creates no user account', async () => {
    expect((await app.payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })
})

describe('running the seed again', () => {
  it('creates nothing new and keeps what staff changed', async () => {
    const editor = await createUser(app.payload, 'admin')
    const { docs } = await app.payload.find({
      collection: 'speakers',
      where: { name: { equals: 'Lucía Maquieira' } },
    })
    await app.payload.update({
      collection: 'speakers',
      id: docs[0]!.id,
      data: { role: 'Edited by staff' },
      user: editor,
      overrideAccess: false,
    })
    const before = await counts()
    const report = await seed(app.payload)
    expect(report.created).toEqual([])
    expect(report.skipped.length).toBe(Object.values(before).reduce((sum, n) => sum + n, 0))
    expect(await counts()).toEqual(before)
    const after = await app.payload.findByID({ collection: 'speakers', id: docs[0]!.id })
    expect((after as Speaker).role).toBe('Edited by staff')
  })

  it('recreates only what is missing', async () => {
    const { docs } = await app.payload.find({
      collection: 'topics',
      where: { slug: { equals: 'health-care' } },
    })
    await app.payload.delete({ collection: 'topics', id: docs[0]!.id })
    const report = await seed(app.payload)
    expect(report.created).toEqual(['topics: Health care'])
  })
})

describe('invalid seed data', () => {
  it('stops before writing anything, naming the record and the field', async () => {
    const before = await counts()
    const broken = structuredClone(seedData)
    broken.speakers.push({
      slug: 'new-person',
      name: 'New Person',
      organisation: 'no-such-org',
      roleRecordedIn: 2025,
      citations: [{ source: 'general-assembly-2025' }],
    })
    broken.wins[1] = { ...broken.wins[1]!, country: 'XX' }
    const attempt = seed(app.payload, broken)
    await expect(attempt).rejects.toThrow(SeedDataError)
    await expect(seed(app.payload, broken)).rejects.toThrow(
      /speakers\[13\] \(new-person\)\.organisation: names an unknown organisation "no-such-org"/,
    )
    await expect(seed(app.payload, broken)).rejects.toThrow(
      /wins\[1\] \(valencia-floods-regularisation\)\.country/,
    )
    expect(await counts()).toEqual(before)
  })

  it('refuses a record without its source, and a role without the year it was recorded', async () => {
    const broken = structuredClone(seedData)
    broken.wins[0] = { ...broken.wins[0]!, citations: [] }
    broken.speakers[0] = { ...broken.speakers[0]!, roleRecordedIn: undefined }
    broken.organisations[0] = {
      ...broken.organisations[0]!,
      citations: [{ source: 'no-such-source' }],
    }
    const attempt = seed(app.payload, broken)
    await expect(attempt).rejects.toThrow(
      /wins\[0\] \(spain-arraigo-reform\)\.citations: every seeded record cites its source/,
    )
    await expect(seed(app.payload, broken)).rejects.toThrow(
      /speakers\[0\] \(fatima-diallo\)\.roleRecordedIn: a role or organisation needs the year it was recorded in/,
    )
    await expect(seed(app.payload, broken)).rejects.toThrow(
      /organisations\[0\] \(picum\)\.citations\[0\]\.source: names an unknown source "no-such-source"/,
    )
  })
})
