/**
 * Access across channels: REST (Payload's router, as app/(payload)/api/[...slug] serves it) and
 * GraphQL (the app's /api/graphql route), as an anonymous visitor, an editor and an admin, for
 * every collection: list, read by id, create, update, delete, `draft=true` and versions.
 *
 * What each role should get is not written down here: it is read from the collection's own
 * access functions (access/*, through the sanitized config), the same rules accessMatrix.test.ts
 * proves through the Local API. `true` means everything, `false` a 403, a `Where` exactly the
 * documents that filter matches (found with the Local API).
 *
 * Every answer to an anonymous visitor or an editor is also checked for other people's account
 * data (emails, password hashes and salts, sessions, reset tokens, API keys), and a draft change
 * and an old version carrying marker words must not show anywhere public: REST, GraphQL, search,
 * the sitemap and every public query in lib/queries.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import sitemap from '@/app/(frontend)/sitemap'
import { getAssemblyByYear, getLatestAssembly, listAssemblies } from '@/lib/queries/assemblies'
import { getOrganisationBySlug, listOrganisations } from '@/lib/queries/organisations'
import { searchRecord } from '@/lib/queries/search'
import { getSession, listSessionAddresses } from '@/lib/queries/sessions'
import { getSpeakerBySlug, listSpeakers } from '@/lib/queries/speakers'
import { getTopicBySlug, listTopics } from '@/lib/queries/topics'
import { getUnfilteredWinTracking, getWinBySlug, listWins } from '@/lib/queries/wins'
import type { User } from '@/payload-types'
import {
  type DraftCollection,
  draftCollections,
  make,
  makeIn,
  pngBytes,
  uniqueYear,
} from '@/tests/helpers/factories'
import { graphql, type GraphqlAnswer } from '@/tests/helpers/graphql'
import { createUser } from '@/tests/helpers/payload'
import { rest, tokenFor } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

type Role = 'anonymous' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'editor', 'admin']

type Slug = DraftCollection | 'topics' | 'media' | 'users'
const everyCollection: Slug[] = [...draftCollections, 'topics', 'media', 'users']

/** Marker words: a pending draft change and an old, replaced version carry them, nothing else. */
const DRAFT_MARK = 'zqxdraftmarker'
const OLD_MARK = 'zqxoldversionmarker'

/** GraphQL names Payload derives from each collection's labels. */
const gqlNames: Record<Slug, { one: string; many: string; input: string }> = {
  assemblies: { one: 'Assembly', many: 'Assemblies', input: 'Assembly' },
  sessions: { one: 'Session', many: 'Sessions', input: 'Session' },
  speakers: { one: 'Speaker', many: 'Speakers', input: 'Speaker' },
  organisations: { one: 'Organisation', many: 'Organisations', input: 'Organisation' },
  wins: { one: 'Win', many: 'Wins', input: 'Win' },
  sources: { one: 'Source', many: 'Sources', input: 'Source' },
  topics: { one: 'Topic', many: 'Topics', input: 'Topic' },
  media: { one: 'Media', many: 'allMedia', input: 'Media' },
  users: { one: 'User', many: 'Users', input: 'User' },
}

/** The text field each collection is named by (what updates change and markers go into). */
const label: Record<Slug, string> = {
  assemblies: 'title',
  sessions: 'title',
  speakers: 'name',
  organisations: 'name',
  wins: 'title',
  sources: 'title',
  topics: 'name',
  media: 'alt',
  users: 'name',
}

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['admin', 'editor'] })
const users = {} as Record<Role, User | null> & { colleague: User }
const tokens: Partial<Record<Role, string>> = {}
/** Values that must never reach anyone but their owner (and admins). */
const secrets = { emails: [] as string[], values: [] as string[] }
/** Per collection: a published document with a pending draft, and a never-published draft. */
const docs = {} as Record<Slug, { published: number; draft?: number }>
let assemblyYear: number
let sessionSlug: string
const slugs = {} as Record<'speakers' | 'organisations' | 'wins' | 'topics', string>

beforeAll(async () => {
  users.anonymous = null
  users.admin = app.admin
  users.editor = app.editor
  tokens.admin = app.adminToken
  tokens.editor = app.editorToken
  users.colleague = await createUser(app.payload, 'editor')
  await tokenFor(app.payload, users.colleague)
  await app.payload.forgotPassword({
    collection: 'users',
    data: { email: users.colleague.email },
    disableEmail: true,
  })
  for (const other of [users.admin, users.colleague]) {
    const full = (await app.payload.findByID({
      collection: 'users',
      id: other.id,
      showHiddenFields: true,
    })) as unknown as Record<string, unknown> & { sessions?: Array<{ id: string }> }
    secrets.emails.push(other.email)
    for (const key of ['hash', 'salt', 'resetPasswordToken', 'apiKey']) {
      if (typeof full[key] === 'string') secrets.values.push(full[key])
    }
    secrets.values.push(...(full.sessions ?? []).map((session) => session.id))
  }
  expect(secrets.values.length).toBeGreaterThanOrEqual(5)

  // Each versioned document: created, published with the old marker, published again without
  // it, then a draft change with the draft marker saved on top. Slugs are made once, from the
  // first name, so neither marker is part of an address.
  const assembly = await make.assembly(app.payload, 'published')
  assemblyYear = assembly.year
  // The published speaker's photo is public; the portraits of its pending draft and of a
  // never-published speaker are not, and their alt text carries the draft marker.
  const photos = {
    published: await make.media(app.payload, { alt: 'Public portrait' }),
    pending: await make.media(app.payload, { alt: `Pending portrait ${DRAFT_MARK}` }),
    unpublished: await make.media(app.payload, { alt: `Unpublished portrait ${DRAFT_MARK}` }),
  }
  // The published win cites the published source (and a never-published one), so the public
  // queries below read the source too: its draft and old titles must not come with it.
  const source = await make.source(app.payload, 'published')
  const hiddenSource = await make.source(app.payload, 'draft', {
    title: `Hidden ${DRAFT_MARK} source`,
  })
  const created = {
    assemblies: assembly,
    sessions: await make.session(app.payload, 'published', { assembly: assembly.id }),
    speakers: await make.speaker(app.payload, 'published', { photo: photos.published.id }),
    organisations: await make.organisation(app.payload, 'published'),
    wins: await make.win(app.payload, 'published', {
      assembly: assembly.id,
      citations: [{ source: source.id }, { source: hiddenSource.id }],
    }),
    sources: source,
  }
  for (const collection of draftCollections) {
    const id = created[collection].id
    const field = collection === 'assemblies' ? 'theme' : label[collection]
    await app.payload.update({
      collection,
      id,
      data: { [field]: `Earlier ${OLD_MARK} ${collection}`, _status: 'published' } as never,
    })
    const current = await app.payload.update({
      collection,
      id,
      data: { [field]: `Public ${collection} ${id}`, _status: 'published' } as never,
    })
    await app.payload.update({
      collection,
      id,
      data: {
        [field]: `Pending ${DRAFT_MARK} ${collection}`,
        ...(collection === 'speakers' ? { photo: photos.pending.id } : {}),
      } as never,
      draft: true,
    })
    const draft = await makeIn[collection](app.payload, 'draft', {
      [field]: `Unpublished ${DRAFT_MARK}`,
      ...(collection === 'sessions' ? { assembly: assembly.id } : {}),
      ...(collection === 'speakers' ? { photo: photos.unpublished.id } : {}),
    })
    docs[collection] = { published: id, draft: draft.id }
    if (collection === 'sessions') sessionSlug = (current as { slug: string }).slug
    if (collection !== 'assemblies' && collection !== 'sessions' && collection !== 'sources') {
      slugs[collection] = (current as { slug: string }).slug
    }
  }
  const topic = await make.topic(app.payload)
  slugs.topics = topic.slug!
  docs.topics = { published: topic.id }
  docs.media = { published: photos.published.id, draft: photos.pending.id }
  docs.users = { published: users.colleague.id }
}, 120_000)

// ---------------------------------------------------------------------------------------------
// Channels, with the account-data check on every answer.

function expectNoAccountData(role: Role, text: string) {
  if (role === 'admin') return
  expect(text).not.toMatch(
    /"(?:hash|salt|resetPasswordToken|resetPasswordExpiration|apiKey|_verificationToken)"\s*:/,
  )
  for (const email of secrets.emails) expect(text).not.toContain(email)
  for (const value of secrets.values) expect(text).not.toContain(value)
  if (role === 'anonymous') {
    expect(text).not.toContain(users.editor!.email)
    expect(text).not.toMatch(/"sessions"\s*:\s*\[\s*\{\s*"id"/)
  }
}

type Answer = { status: number; text: string; json: Record<string, unknown> }

async function api(role: Role, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await rest(path, { ...init, token: tokens[role] })
  const text = await response.text()
  expect(response.status).toBeLessThan(500)
  expectNoAccountData(role, text)
  return {
    status: response.status,
    text,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  }
}

/** A GraphQL answer as `role` gets it, checked for other people's account data. */
async function graphqlAs(
  role: Role,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlAnswer> {
  const answer = await graphql(query, { token: tokens[role], variables })
  expect(answer.status).toBe(200)
  expectNoAccountData(role, answer.text)
  return answer
}

// ---------------------------------------------------------------------------------------------
// Expectations, from the collections' own access functions.

type Operation = 'create' | 'read' | 'update' | 'delete' | 'readVersions'

async function rule(slug: Slug, operation: Operation, role: Role): Promise<boolean | Where> {
  const access = app.payload.collections[slug].config.access[operation]
  const req = {
    user: users[role] ? { ...users[role], collection: 'users' } : null,
    payload: app.payload,
  } as PayloadRequest
  return (await access({ req })) as boolean | Where
}

/** Which of `ids` the role may read, or null when reading is refused outright. */
async function readable(slug: Slug, role: Role, ids: number[]): Promise<number[] | null> {
  const result = await rule(slug, 'read', role)
  if (result === false) return null
  const found = await app.payload.find({
    collection: slug as CollectionSlug,
    where: { and: [{ id: { in: ids } }, ...(result === true ? [] : [result])] },
    depth: 0,
    limit: 0,
  })
  return found.docs.map((doc) => doc.id as number).sort((a, b) => a - b)
}

const idsOf = (slug: Slug) => [
  docs[slug].published,
  ...(docs[slug].draft ? [docs[slug].draft] : []),
]
const sorted = (ids: unknown[]) => (ids as number[]).toSorted((a, b) => a - b)

/** Fresh, valid data for a new document, as a role would send it. */
async function newData(slug: Slug): Promise<Record<string, unknown>> {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  switch (slug) {
    case 'assemblies':
      return { title: `Assembly ${unique}`, year: uniqueYear() }
    case 'sessions':
      return {
        title: `Session ${unique}`,
        assembly: docs.assemblies.published,
        position: 2,
        format: 'panel',
      }
    case 'wins':
      return { title: `Win ${unique}`, country: 'BE', level: 'national', kind: 'policy' }
    case 'organisations':
      return { name: `Organisation ${unique}`, kind: 'ngo' }
    case 'sources':
      return { title: `Source ${unique}`, publisher: 'PICUM' }
    case 'users':
      return {
        email: `new-${unique}@example.org`,
        password: 'correct horse battery staple',
        role: 'editor',
      }
    default:
      return { [label[slug]]: `New ${unique}` }
  }
}

/** A throwaway document of the collection, made with the Local API (setup, not under test). */
async function throwaway(slug: Slug): Promise<number> {
  if (slug === 'media') return (await make.media(app.payload)).id
  const doc = await app.payload.create({
    collection: slug as CollectionSlug,
    data: (await newData(slug)) as never,
  })
  return doc.id as number
}

const exists = async (slug: Slug, id: number) =>
  (await app.payload.count({ collection: slug as CollectionSlug, where: { id: { equals: id } } }))
    .totalDocs === 1

/** An upload as a browser sends it: the multipart body and its boundary. */
async function multipart(fields: Record<string, string>): Promise<RequestInit> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(await pngBytes())], { type: 'image/png' }),
    `square-${Date.now()}.png`,
  )
  form.append('_payload', JSON.stringify(fields))
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  return {
    method: 'POST',
    headers: { 'Content-Type': encoded.headers.get('Content-Type')! },
    body: await encoded.arrayBuffer(),
  }
}

// ---------------------------------------------------------------------------------------------

describe.each(everyCollection)('%s', (slug) => {
  describe.each(roles)('as %s', (role) => {
    it('REST and GraphQL lists show exactly what the read rule allows', async () => {
      const expected = await readable(slug, role, idsOf(slug))
      const ids = idsOf(slug)
      const restList = await api(role, `/${slug}?limit=100&depth=0&where[id][in]=${ids.join(',')}`)
      const { data, errors } = await graphqlAs(
        role,
        `{ ${gqlNames[slug].many}(where: { OR: [${ids.map((id) => `{ id: { equals: ${id} } }`).join(', ')}] }, limit: 100) { docs { id } } }`,
      )
      if (expected === null) {
        expect(restList.status).toBe(403)
        expect(errors.map((e) => e.message)).toEqual([
          'You are not allowed to perform this action.',
        ])
        return
      }
      expect(restList.status).toBe(200)
      expect(errors).toEqual([])
      expect(sorted((restList.json.docs as Array<{ id: number }>).map((d) => d.id))).toEqual(
        expected,
      )
      const gqlDocs = (data?.[gqlNames[slug].many] as { docs: Array<{ id: number }> }).docs
      expect(sorted(gqlDocs.map((d) => d.id))).toEqual(expected)
      // The rules do keep something back from the public (a draft, an account).
      if (role === 'anonymous' && slug !== 'topics') {
        expect(expected.length).toBeLessThan(ids.length)
      }
    })

    it('REST and GraphQL reads by id follow the read rule, with and without draft=true', async () => {
      for (const id of idsOf(slug)) {
        const allowed = (await readable(slug, role, [id]))?.includes(id) ?? null
        const plain = await api(role, `/${slug}/${id}?depth=0`)
        expect(plain.status).toBe(allowed === null ? 403 : allowed ? 200 : 404)
        if (allowed) expect(plain.json.id).toBe(id)
        // Drafts are for staff: a visitor asking for them is refused, whatever the document.
        const drafts = await api(role, `/${slug}/${id}?depth=0&draft=true`)
        const draftsAllowed = allowed && role !== 'anonymous'
        expect(drafts.status).toBe(draftsAllowed ? 200 : role === 'anonymous' ? 403 : plain.status)
        const { data, errors } = await graphqlAs(
          role,
          `query($id: Int!) { ${gqlNames[slug].one}(id: $id, draft: true) { id } }`,
          { id },
        )
        if (draftsAllowed) expect(data?.[gqlNames[slug].one]).toEqual({ id })
        else expect(errors.length).toBe(1)
      }
    })

    it('REST and GraphQL create only when the create rule allows', async () => {
      const allowed = (await rule(slug, 'create', role)) === true
      const data = await newData(slug)
      const answer =
        slug === 'media'
          ? await api(role, '/media', await multipart({ alt: `Upload ${role}` }))
          : await api(role, `/${slug}`, { method: 'POST', body: JSON.stringify(data) })
      expect([answer.status, answer.text]).toEqual([allowed ? 201 : 403, expect.any(String)])
      if (allowed) expect(await exists(slug, (answer.json.doc as { id: number }).id)).toBe(true)
      // GraphQL has no uploads.
      if (slug === 'media') return
      const { data: created, errors } = await graphqlAs(
        role,
        `mutation($data: mutation${gqlNames[slug].input}Input!) { create${gqlNames[slug].one}(data: $data) { id } }`,
        { data: await newData(slug) },
      )
      if (allowed) expect(created?.[`create${gqlNames[slug].one}`]).toHaveProperty('id')
      else
        expect(errors.map((e) => e.message)).toEqual([
          'You are not allowed to perform this action.',
        ])
    })

    it('REST and GraphQL update only what the update rule allows', async () => {
      const id = await throwaway(slug)
      const result = await rule(slug, 'update', role)
      const allowed =
        result === true ||
        (result !== false &&
          (
            await app.payload.count({
              collection: slug as CollectionSlug,
              where: { and: [{ id: { equals: id } }, result] },
            })
          ).totalDocs === 1)
      const field = label[slug]
      const answer = await api(role, `/${slug}/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ [field]: `REST edit by ${role}` }),
      })
      expect(answer.status).toBe(allowed ? 200 : 403)
      const { errors } = await graphqlAs(
        role,
        `mutation($id: Int!, $data: mutation${gqlNames[slug].input}UpdateInput!) { update${gqlNames[slug].one}(id: $id, data: $data) { id } }`,
        { id, data: { [field]: `GraphQL edit by ${role}` } },
      )
      expect(errors.length).toBe(allowed ? 0 : 1)
      const stored = await readBack(slug, id)
      if (allowed) expect(stored[field]).toBe(`GraphQL edit by ${role}`)
      else expect(String(stored[field])).not.toContain('edit by')
    })

    it('REST and GraphQL delete only when the delete rule allows', async () => {
      const allowed = (await rule(slug, 'delete', role)) === true
      const viaRest = await throwaway(slug)
      const answer = await api(role, `/${slug}/${viaRest}`, { method: 'DELETE' })
      expect(answer.status).toBe(allowed ? 200 : 403)
      expect(await exists(slug, viaRest)).toBe(!allowed)
      const viaGraphql = await throwaway(slug)
      await graphqlAs(role, `mutation($id: Int!) { delete${gqlNames[slug].one}(id: $id) { id } }`, {
        id: viaGraphql,
      })
      expect(await exists(slug, viaGraphql)).toBe(!allowed)
    })

    if ((draftCollections as readonly string[]).includes(slug)) {
      it('REST and GraphQL versions only when the readVersions rule allows', async () => {
        const allowed = (await rule(slug, 'readVersions', role)) === true
        const id = docs[slug].published
        const list = await api(role, `/${slug}/versions?where[parent][equals]=${id}&limit=100`)
        expect(list.status).toBe(allowed ? 200 : 403)
        const { data, errors } = await graphqlAs(
          role,
          `{ versions${gqlNames[slug].many}(where: { parent: { equals: ${id} } }, limit: 100) { docs { id } } }`,
        )
        const versionIds = (
          await app.payload.findVersions({
            collection: slug as DraftCollection,
            where: { parent: { equals: id } },
            limit: 100,
          })
        ).docs.map((version) => version.id)
        // Published twice, then a draft: the history holds both markers.
        expect(versionIds.length).toBeGreaterThanOrEqual(3)
        if (allowed) {
          expect(errors).toEqual([])
          expect(sorted((list.json.docs as Array<{ id: number }>).map((v) => v.id))).toEqual(
            sorted(versionIds),
          )
          expect(list.text).toContain(DRAFT_MARK)
          expect(list.text).toContain(OLD_MARK)
          expect(
            (data?.[`versions${gqlNames[slug].many}`] as { docs: unknown[] }).docs,
          ).toHaveLength(versionIds.length)
        } else {
          expect(errors.map((e) => e.message)).toEqual([
            'You are not allowed to perform this action.',
          ])
        }
        for (const versionId of versionIds) {
          const one = await api(role, `/${slug}/versions/${versionId}`)
          expect(one.status).toBe(allowed ? 200 : 403)
        }
      })
    }
  })
})

/** The stored value of a document's label field, read after a refused write. */
async function readBack(slug: Slug, id: number): Promise<Record<string, unknown>> {
  return (await app.payload.findByID({
    collection: slug as CollectionSlug,
    id,
    depth: 0,
  })) as unknown as Record<string, unknown>
}

describe('payload-preferences', () => {
  beforeAll(async () => {
    const saved = await rest('/payload-preferences/colleague-pref', {
      method: 'POST',
      body: JSON.stringify({ value: { note: DRAFT_MARK } }),
      token: await tokenFor(app.payload, users.colleague),
    })
    expect(saved.status).toBe(200)
  })

  it.each(roles)('%s sees only their own preferences', async (role) => {
    const list = await api(role, '/payload-preferences?limit=100')
    if (role === 'anonymous') {
      expect(list.status).toBe(403)
      return
    }
    expect(list.status).toBe(200)
    const owners = (list.json.docs as Array<{ user: { value: number | { id: number } } }>).map(
      ({ user }) => (typeof user.value === 'object' ? user.value.id : user.value),
    )
    expect(owners.every((owner) => owner === users[role]!.id)).toBe(true)
    expect(list.text).not.toContain(DRAFT_MARK)
  })
})

describe('accounts', () => {
  it('an anonymous visitor gets no account, through any route', async () => {
    for (const path of [
      '/users',
      `/users/${users.colleague.id}`,
      `/users/${users.editor!.id}`,
      '/users?where[email][like]=example',
    ]) {
      expect((await api('anonymous', path)).status).toBe(403)
    }
    expect((await api('anonymous', '/users/me')).json.user).toBeNull()
    const { data, errors } = await graphqlAs('anonymous', '{ Users { docs { id email } } }')
    expect(data?.Users ?? null).toBeNull()
    expect(errors).toHaveLength(1)
  })

  it('an editor sees their own account only, without its hash or salt', async () => {
    const me = await api('editor', '/users/me')
    expect((me.json.user as { email: string }).email).toBe(users.editor!.email)
    const list = await api('editor', '/users?limit=100')
    expect((list.json.docs as Array<{ id: number }>).map((u) => u.id)).toEqual([users.editor!.id])
    expect((await api('editor', `/users/${users.colleague.id}`)).status).toBe(404)
    const { data } = await graphqlAs('editor', '{ Users { docs { id email } } }')
    expect((data?.Users as { docs: Array<{ email: string }> }).docs.map((u) => u.email)).toEqual([
      users.editor!.email,
    ])
  })

  it('nobody can query accounts by a secret field', async () => {
    for (const role of ['anonymous', 'editor'] as const) {
      for (const field of ['hash', 'salt', 'resetPasswordToken', 'sessions.id']) {
        const answer = await api(role, `/users?where[${field}][exists]=true`)
        if (answer.status === 200) {
          expect((answer.json.docs as Array<{ id: number }>).map((u) => u.id)).toEqual([
            users.editor!.id,
          ])
        } else expect([400, 403]).toContain(answer.status)
      }
    }
  })
})

describe('drafts and old versions stay out of every public channel', () => {
  const expectNoMarks = (text: string) => {
    expect(text).not.toContain(DRAFT_MARK)
    expect(text).not.toContain(OLD_MARK)
  }

  it.each(draftCollections)('%s: anonymous REST and GraphQL, however asked', async (slug) => {
    const field = slug === 'assemblies' ? 'theme' : label[slug]
    const { published, draft } = docs[slug]
    const paths = [
      `/${slug}?limit=100`,
      `/${slug}?limit=100&draft=true&depth=2`,
      `/${slug}/${published}`,
      `/${slug}/${published}?draft=true&depth=2`,
      `/${slug}/${draft}?draft=true`,
      `/${slug}?where[${field}][like]=${DRAFT_MARK}&draft=true`,
      `/${slug}?where[${field}][like]=${OLD_MARK}`,
      `/${slug}/versions?limit=100`,
      `/${slug}/versions?where[version.${field}][like]=${OLD_MARK}`,
      `/${slug}/${published}?depth=0&select[${field}]=true&draft=true`,
    ]
    for (const path of paths) expectNoMarks((await api('anonymous', path)).text)
    // The published text is what the public gets.
    const own = await api('anonymous', `/${slug}/${published}`)
    expect(own.json[field]).toBe(`Public ${slug} ${published}`)

    const names = gqlNames[slug]
    for (const query of [
      `{ ${names.many}(draft: true, limit: 100) { docs { id ${field} } } }`,
      `{ ${names.one}(id: ${published}, draft: true) { ${field} } }`,
      `{ ${names.one}(id: ${draft}, draft: true) { ${field} } }`,
      `{ ${names.many}(where: { ${field}: { like: "${DRAFT_MARK}" } }, draft: true) { docs { id } } }`,
      `{ versions${names.many} { docs { id version { ${field} } } } }`,
    ]) {
      expectNoMarks((await graphqlAs('anonymous', query)).text)
    }
    // Staff do see the draft, so the marker is there to be leaked.
    expect((await api('editor', `/${slug}/${published}?draft=true`)).json[field]).toContain(
      DRAFT_MARK,
    )
  })

  it('media: the portraits of drafts stay out of anonymous REST, GraphQL and the file route', async () => {
    const paths = [
      '/media?limit=100',
      '/media?limit=100&draft=true',
      `/media/${docs.media.draft}`,
      `/media?where[alt][like]=${DRAFT_MARK}`,
      '/media/count',
      `/speakers/${docs.speakers.published}?draft=true&depth=2`,
      `/speakers/${docs.speakers.draft}?draft=true&depth=2`,
    ]
    for (const path of paths) expectNoMarks((await api('anonymous', path)).text)
    for (const query of [
      '{ allMedia(limit: 100) { docs { id alt url } } }',
      `{ allMedia(where: { alt: { like: "${DRAFT_MARK}" } }) { docs { id } } }`,
      `{ Media(id: ${docs.media.draft}) { alt } }`,
      `{ Speaker(id: ${docs.speakers.published}, draft: true) { photo { alt } } }`,
    ]) {
      expectNoMarks((await graphqlAs('anonymous', query)).text)
    }
    const pending = await app.payload.findByID({ collection: 'media', id: docs.media.draft! })
    expect((await api('anonymous', `/media/file/${pending.filename}`)).status).toBe(403)
    // The published speaker's own photo is public, and staff see the pending one.
    expect((await api('anonymous', `/speakers/${docs.speakers.published}?depth=1`)).text).toContain(
      'Public portrait',
    )
    expect((await api('editor', `/media/${docs.media.draft}`)).json.alt).toContain(DRAFT_MARK)
  })

  it('search finds the published text and never the draft or old words', async () => {
    const search = (q: string) =>
      searchRecord({ q, type: null, year: null, country: null, page: 1, truncated: false })
    for (const mark of [DRAFT_MARK, OLD_MARK, 'Unpublished', 'Pending']) {
      const results = await search(mark)
      expect(JSON.stringify(results)).not.toContain(DRAFT_MARK)
      if (results.status === 'done')
        expect(results.hits.map((hit) => hit.title.map((p) => p.text).join(''))).not.toContainEqual(
          expect.stringMatching(/Unpublished|Pending/),
        )
    }
    const found = await search(`Public speakers ${docs.speakers.published}`)
    expect(found.status).toBe('done')
    expect(
      found.status === 'done' &&
        found.hits.some(
          (hit) => hit.collection === 'speakers' && hit.id === docs.speakers.published,
        ),
    ).toBe(true)
  })

  it('the sitemap lists the published addresses only', async () => {
    const entries = await sitemap()
    const text = JSON.stringify(entries)
    expectNoMarks(text)
    expect(text).toContain(`/speakers/${slugs.speakers}`)
    expect(text).toContain(`/assemblies/${assemblyYear}/${sessionSlug}`)
  })

  it('every public query returns the published record', async () => {
    const results = await Promise.all([
      listAssemblies(),
      getAssemblyByYear(assemblyYear),
      getLatestAssembly(),
      listOrganisations(),
      getOrganisationBySlug(slugs.organisations),
      getSession(assemblyYear, sessionSlug),
      listSessionAddresses(),
      listSpeakers(),
      getSpeakerBySlug(slugs.speakers),
      listTopics(),
      getTopicBySlug(slugs.topics),
      listWins(),
      getUnfilteredWinTracking(),
      getWinBySlug(slugs.wins),
    ])
    const text = JSON.stringify(results)
    expectNoMarks(text)
    expect(text).toContain(`Public speakers ${docs.speakers.published}`)
    expect(text).toContain(`Public wins ${docs.wins.published}`)
    expect(text).toContain(`Public sources ${docs.sources.published}`)
    // A draft slug or an old slug is no address.
    expect(await getSpeakerBySlug(`pending-${DRAFT_MARK}-speakers`)).toBeNull()
  })
})
