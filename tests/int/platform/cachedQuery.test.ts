/**
 * The public data cache grows with the record, not with what visitors type: a lookup that finds
 * nothing (/speakers/<made-up>, /wins/<made-up>, …) is answered but never stored, so random
 * addresses cannot fill the cache, and a record published later is found at once.
 */
import { jest } from '@jest/globals'

import { createNextCache } from '@/tests/helpers/nextCache'
import { setupRecord } from '@/tests/helpers/setup'

const nextCache = createNextCache()
jest.unstable_mockModule('next/cache', () => nextCache.module)

const { make } = await import('@/tests/helpers/factories')
const { getSpeakerBySlug } = await import('@/lib/queries/speakers')
const { getOrganisationBySlug } = await import('@/lib/queries/organisations')
const { getWinBySlug } = await import('@/lib/queries/wins')
const { getTopicBySlug } = await import('@/lib/queries/topics')

const app = setupRecord()

describe('public lookups by slug', () => {
  it.each([
    ['speakers', getSpeakerBySlug],
    ['organisations', getOrganisationBySlug],
    ['wins', getWinBySlug],
    ['topics', getTopicBySlug],
  ] as const)('%s: made-up slugs answer null and add nothing to the cache', async (_, lookup) => {
    const before = nextCache.entries.size
    for (let i = 0; i < 20; i += 1) {
      expect(await lookup.published(`made-up-${i}-${Date.now()}`)).toBeNull()
    }
    expect(nextCache.entries.size).toBe(before)
  })

  it('stores what it finds, and finds a record published after a miss without revalidation', async () => {
    const slug = `published-later-${Date.now()}`
    expect(await getSpeakerBySlug.published(slug)).toBeNull()
    const before = nextCache.entries.size
    await make.speaker(app.payload, 'published', { name: 'Published Later', slug })
    expect((await getSpeakerBySlug.published(slug))?.speaker.name).toBe('Published Later')
    expect(nextCache.entries.size).toBe(before + 1)
  })
})
