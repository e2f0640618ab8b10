import type { Payload } from 'payload'

import { make } from '@/tests/helpers/factories'
import { closeTestPayload, getTestPayload } from '@/tests/helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(async () => {
  await closeTestPayload(payload)
})

describe('assemblies', () => {
  it('derives the slug from the year', async () => {
    const assembly = await make.assembly(payload)
    expect(assembly.slug).toBe(String(assembly.year))
  })

  it('refuses a second assembly for the same year', async () => {
    const first = await make.assembly(payload)
    await expect(
      payload.create({ collection: 'assemblies', data: { title: 'Duplicate', year: first.year } }),
    ).rejects.toThrow(/year/i)
  })

  it.each([[1999], [2101], [2025.5]])('refuses the year %p', async (year) => {
    await expect(
      payload.create({ collection: 'assemblies', data: { title: 'Bad year', year } }),
    ).rejects.toThrow(/year/i)
  })

  it('refuses an end date before the start date', async () => {
    await expect(
      make.assembly(payload, 'published', { startDate: '2031-05-10', endDate: '2031-05-09' }),
    ).rejects.toThrow(/end date/i)
  })
})

describe('speakers', () => {
  it('refuses a role or organisation without the year it was recorded in, on publish', async () => {
    await expect(make.speaker(payload, 'published', { role: 'Director' })).rejects.toThrow(
      /Recorded in \(year\)/,
    )
    const organisation = await make.organisation(payload)
    await expect(
      make.speaker(payload, 'published', { organisation: organisation.id, roleRecordedIn: 1850 }),
    ).rejects.toThrow(/Recorded in \(year\)/)
    // A draft can wait for it; a name alone needs none.
    await expect(make.speaker(payload, 'draft', { role: 'Director' })).resolves.toHaveProperty('id')
    await expect(make.speaker(payload)).resolves.toHaveProperty('id')
    await expect(
      make.speaker(payload, 'published', { role: 'Director', roleRecordedIn: 2025 }),
    ).resolves.toHaveProperty('roleRecordedIn', 2025)
  })
})

describe('sources', () => {
  it('needs a title and a publisher; a year, if given, is a plausible one', async () => {
    await expect(
      payload.create({ collection: 'sources', data: { title: 'No publisher' } as never }),
    ).rejects.toThrow(/publisher/i)
    await expect(make.source(payload, 'published', { year: 25 })).rejects.toThrow(/year/i)
    await expect(make.source(payload, 'published', { year: 2025 })).resolves.toHaveProperty(
      'year',
      2025,
    )
  })
})

describe('slugs', () => {
  it('makes a slug from the name, folding accents', async () => {
    const speaker = await make.speaker(payload, 'published', { name: 'Lucía Näsholm Test' })
    expect(speaker.slug).toBe('lucia-nasholm-test')
  })

  it('refuses a speaker slug that is already taken', async () => {
    const speaker = await make.speaker(payload)
    await expect(make.speaker(payload, 'published', { slug: speaker.slug })).rejects.toThrow(
      /slug/i,
    )
  })

  it('refuses a speaker slug that the paged speaker list uses as its address', async () => {
    const refused = await make
      .speaker(payload, 'published', { name: 'Page' })
      .catch(
        (error: { data?: { errors?: Array<{ path: string; message: string }> } }) =>
          error.data?.errors,
      )
    expect(refused).toEqual([
      expect.objectContaining({
        path: 'slug',
        message: expect.stringContaining('“page” is taken by the site'),
      }),
    ])
    await expect(
      make.speaker(payload, 'published', { name: 'Page', slug: 'page-2' }),
    ).resolves.toHaveProperty('slug', 'page-2')
    // Topics have no such address.
    const topic = await payload.create({
      collection: 'topics',
      data: { name: 'Page', description: 'x' },
    })
    expect(topic.slug).toBe('page')
  })

  it('refuses an organisation slug that is already taken', async () => {
    const organisation = await make.organisation(payload)
    await expect(
      make.organisation(payload, 'published', { slug: organisation.slug }),
    ).rejects.toThrow(/slug/i)
  })

  it('normalises a typed slug', async () => {
    await expect(make.win(payload, 'published', { slug: 'Not A Slug!' })).resolves.toHaveProperty(
      'slug',
      'not-a-slug',
    )
  })

  it('keeps session slugs unique within an assembly, not across assemblies', async () => {
    const a = await make.assembly(payload)
    const b = await make.assembly(payload)
    await make.session(payload, 'published', { assembly: a.id, slug: 'opening' })
    await expect(
      make.session(payload, 'published', { assembly: a.id, slug: 'opening', position: 2 }),
    ).rejects.toThrow(/slug/i)
    await expect(
      make.session(payload, 'published', { assembly: b.id, slug: 'opening' }),
    ).resolves.toHaveProperty('slug', 'opening')
  })
})

describe('countries', () => {
  it('accepts ISO 3166-1 alpha-2 codes', async () => {
    await expect(
      make.organisation(payload, 'published', { country: 'NO' }),
    ).resolves.toHaveProperty('country', 'NO')
  })

  it.each([['XX'], ['Spain'], ['es'], ['UK']])('refuses %p', async (country) => {
    await expect(make.organisation(payload, 'published', { country })).rejects.toThrow(/country/i)
    await expect(make.win(payload, 'published', { country })).rejects.toThrow(/country/i)
  })
})

describe('media', () => {
  it('requires alt text', async () => {
    await expect(make.media(payload, {})).rejects.toThrow(/alt/i)
  })

  it('makes resized copies of an uploaded image', async () => {
    const media = await make.media(payload, { alt: 'A grey square' })
    expect(media.mimeType).toBe('image/png')
    expect(media.sizes?.thumbnail).toBeDefined()
  })

  it('refuses a file that is not an image', async () => {
    const data = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Not an image' },
        file: { data, mimetype: 'image/svg+xml', name: 'evil.svg', size: data.length },
      }),
    ).rejects.toThrow()
  })
})

describe('sessions and wins', () => {
  it('requires a position from 1', async () => {
    await expect(make.session(payload, 'published', { position: 0 })).rejects.toThrow(/position/i)
  })

  it('fills a win’s assembly from its session', async () => {
    const session = await make.session(payload)
    const win = await make.win(payload, 'published', { session: session.id })
    const assemblyId = typeof session.assembly === 'object' ? session.assembly.id : session.assembly
    const winAssembly = typeof win.assembly === 'object' ? win.assembly?.id : win.assembly
    expect(winAssembly).toBe(assemblyId)
  })

  it('refuses a win whose session belongs to another assembly', async () => {
    const session = await make.session(payload)
    const other = await make.assembly(payload)
    await expect(
      make.win(payload, 'published', { session: session.id, assembly: other.id }),
    ).rejects.toThrow(/session/i)
  })

  it('refuses a resource link that is not http(s)', async () => {
    await expect(
      make.session(payload, 'published', {
        resources: [{ title: 'Bad', kind: 'report', url: 'javascript:alert(1)' }],
      }),
    ).rejects.toThrow(/url|address/i)
  })
})
