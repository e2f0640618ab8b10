/**
 * Visitors cannot ask for drafts, nor filter or sort through a related document: a `where` on
 * `presenter.name` answered a published win whose presenter was never published, so the hidden
 * name could be read letter by letter. Every relationship, upload and join path is read from the
 * configuration (lib/security/queryPaths.ts#relationPaths), so a field added later is covered by
 * the same assertions: REST and GraphQL, where, sort, joins and `draft`, as a visitor (refused)
 * and as an editor (answered).
 */
import { type CollectionSlug, formatNames } from 'payload'

import { guardQueries, queryMessages } from '@/hooks/guardQueries'
import { getUnfilteredWinTracking } from '@/lib/queries/wins'
import { relationPaths, type RelationPath } from '@/lib/security/queryPaths'
import { make } from '@/tests/helpers/factories'
import { graphql } from '@/tests/helpers/graphql'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const HIDDEN = 'Zqxhidden Presenter'

const app = setupRecord({ staff: ['editor'], signIn: ['editor'] })
let paths: RelationPath[]
let publishedWinId: number

beforeAll(async () => {
  paths = relationPaths(app.payload.config)
  // The hole as it was found: a published win presented by a speaker who was never published.
  const hidden = await make.speaker(app.payload, 'draft', { name: HIDDEN })
  const organisation = await make.organisation(app.payload, 'draft', { name: `${HIDDEN} Org` })
  publishedWinId = (
    await make.win(app.payload, 'published', {
      presenter: hidden.id,
      organisations: [organisation.id],
    })
  ).id
}, 60_000)

/** A field of the related collection to filter on: what the admin names documents by. */
function titleOf(slug: string): string {
  const config = app.payload.collections[slug as CollectionSlug].config
  const title = config.admin.useAsTitle
  return !title || title === 'id' ? 'createdAt' : title
}

/** The list query GraphQL has for a collection, named as Payload's schema builder names it. */
function graphqlListName(slug: string): string | null {
  const { graphQL } = app.payload.collections[slug as CollectionSlug].config
  if (graphQL === false) return null
  const names = formatNames(slug)
  const singular = graphQL?.singularName ?? names.singular
  const plural = graphQL?.pluralName ?? names.plural
  return singular === plural ? `all${singular}` : plural
}

/** Payload's own collections (preferences, locks, jobs, migrations) are guarded too. */
const payloadsOwn = (slug: string) => slug.startsWith('payload-')

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`

async function get(path: string, token?: string) {
  const response = await rest(path, { token })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const errorMessage = (body: Record<string, unknown>) =>
  (body.errors as Array<{ message: string }> | undefined)?.[0]?.message

describe('the configuration', () => {
  it('puts the guard first on every collection, Payload’s own included', () => {
    for (const { slug, hooks } of app.payload.config.collections) {
      expect({ slug, first: hooks.beforeOperation[0] }).toEqual({ slug, first: guardQueries })
    }
  })

  it('has the relationship paths the guard must cover', () => {
    const names = paths.map(({ collection, path }) => `${collection}.${path}`)
    // A few known ones prove the walk reaches nested fields and joins; the list itself is not
    // hand-written anywhere: the tests below iterate over whatever the walk finds.
    expect(names).toEqual(
      expect.arrayContaining([
        'wins.presenter',
        'wins.creditedOrganisations',
        'sessions.contributions.speaker',
        'sessions.contributions.organisationAtTheTime',
        'speakers.appearances',
        'speakers.photo',
      ]),
    )
    expect(paths.length).toBeGreaterThanOrEqual(15)
  })
})

describe('the hole as it was found', () => {
  const win = (params: Record<string, string>, token?: string) =>
    get(`/wins${query({ ...params, depth: '0' })}`, token)

  it('refuses a visitor the filter on the hidden presenter, with drafts or without', async () => {
    const withDrafts = await win({ draft: 'true', 'where[presenter.name][like]': 'Zqx' })
    expect(withDrafts.status).toBe(403)
    expect(errorMessage(withDrafts.body)).toBe(queryMessages.drafts)
    const published = await win({ 'where[presenter.name][like]': 'Zqx' })
    expect(published.status).toBe(400)
    expect(errorMessage(published.body)).toContain('presenter.name')
    const status = await win({ 'where[presenter._status][equals]': 'draft' })
    expect(status.status).toBe(400)
    const sorted = await win({ sort: '-presenter.name' })
    expect(sorted.status).toBe(400)
    const nested = await win({ 'where[organisations][contains][name][like]': 'Zqx' })
    expect(nested.status).toBe(400)
  })

  it('still answers the visitor by the win’s own fields and the related id', async () => {
    const own = await win({ 'where[id][equals]': String(publishedWinId) })
    expect(own.status).toBe(200)
    expect((own.body.docs as Array<{ id: number }>).map((doc) => doc.id)).toEqual([publishedWinId])
  })

  it('lets staff filter through the presenter, drafts included', async () => {
    const answer = await win(
      { draft: 'true', 'where[presenter.name][like]': 'Zqx' },
      app.editorToken,
    )
    expect(answer.status).toBe(200)
    expect((answer.body.docs as Array<{ id: number }>).map((doc) => doc.id)).toEqual([
      publishedWinId,
    ])
  })

  it('keeps the public queries of the site working under the guard', async () => {
    const { wins } = await getUnfilteredWinTracking.published()
    const found = wins.find((each) => each.id === publishedWinId)
    expect(found).toBeDefined()
    // The hidden presenter is not populated for the public.
    expect(typeof found?.presenter === 'object' && found?.presenter !== null).toBe(false)
  })
})

describe.each(['REST', 'GraphQL'] as const)('every relationship path, through %s', (channel) => {
  it('refuses visitors drafts on every collection', async () => {
    for (const { slug, endpoints } of app.payload.config.collections) {
      if (channel === 'REST') {
        const { status } = await get(`/${slug}?draft=true&limit=1`)
        // A collection without REST routes (Payload's migrations) has no such address: 501 here,
        // 404 through the app's route.
        expect({ slug, status }).toEqual({ slug, status: endpoints === false ? 501 : 403 })
      }
    }
    if (channel === 'GraphQL') {
      const answer = await graphql('{ Wins(draft: true) { docs { id } } }')
      expect(answer.data?.Wins ?? null).toBeNull()
      expect(answer.errors[0]?.message).toBe(queryMessages.drafts)
    }
  })

  it('refuses visitors every filter and sort through a related document, and answers staff', async () => {
    const checked: string[] = []
    for (const { collection, path, type, relationTo } of paths) {
      const target = relationTo[0]!
      const through = `${path}.${titleOf(target)}`
      if (channel === 'REST') {
        const cases: Array<Record<string, string>> = [
          { [`where[${through}][exists]`]: 'true' },
          { [`where[or][0][${through}][like]`]: 'a' },
          { sort: `-${through}` },
        ]
        for (const params of cases) {
          const visitor = await get(`/${collection}${query({ ...params, limit: '1' })}`)
          expect({ path: through, params, status: visitor.status }).toEqual({
            path: through,
            params,
            status: 400,
          })
          const staff = await get(
            `/${collection}${query({ ...params, limit: '1' })}`,
            app.editorToken,
          )
          // The same query is a valid one: staff get their answer. (Payload's own collections
          // judge it by their own rules.)
          if (payloadsOwn(collection)) expect(staff.status).toBeLessThan(500)
          else expect({ through, status: staff.status }).toEqual({ through, status: 200 })
        }
        if (type === 'join') {
          const whole = await get(`/${collection}${query({ [`where[${path}][equals]`]: '1' })}`)
          expect(whole.status).toBe(400)
        }
      } else {
        const name = graphqlListName(collection)
        if (!name) continue
        const answer = await graphql(`{ ${name}(sort: "${through}", limit: 1) { docs { id } } }`)
        expect(answer.data?.[name] ?? null).toBeNull()
        expect(answer.errors[0]?.message).toContain(through)
      }
      checked.push(`${collection}.${path}`)
    }
    expect(checked.length).toBeGreaterThanOrEqual(channel === 'REST' ? paths.length : 10)
  })
})

describe('join options', () => {
  it('refuse a visitor a join filtered or sorted through a related document', async () => {
    const joins = paths.filter(({ type, relationTo }) => type === 'join' && relationTo.length === 1)
    expect(joins.length).toBeGreaterThan(0)
    for (const { collection, path, relationTo } of joins) {
      const joined = app.payload.collections[relationTo[0] as CollectionSlug].config
      const inner = paths.find((each) => each.collection === joined.slug && each.type !== 'join')
      if (!inner) continue
      const through = `${inner.path}.${titleOf(inner.relationTo[0]!)}`
      const refused = await get(
        `/${collection}${query({ [`joins[${path}][where][${through}][exists]`]: 'true', limit: '1' })}`,
      )
      expect({ join: `${collection}.${path}`, status: refused.status }).toEqual({
        join: `${collection}.${path}`,
        status: 400,
      })
      const sorted = await get(`/${collection}${query({ [`joins[${path}][sort]`]: through })}`)
      expect(sorted.status).toBe(400)
      // The joined collection's own fields stay open.
      const own = await get(
        `/${collection}${query({ [`joins[${path}][where][id][exists]`]: 'true', limit: '1' })}`,
      )
      expect([200, 403]).toContain(own.status)
    }
  })
})
