/**
 * Who sees an uploaded image. Staff see every upload; a visitor sees an image only while a
 * published document uses it, or when staff marked it public, and that one rule holds for every
 * channel: the REST list, read by id and count, GraphQL, the Local API with access on, populated
 * relationships, the public queries, and the file route for the original and each of its sizes.
 *
 * "Uses" comes from the configuration (lib/mediaVisibility/references.ts): the last block proves
 * every field of every collection that can point at an image is seen, and that each such
 * collection keeps the flag up to date.
 */
import type { Block, CollectionSlug, Field } from 'payload'
import sharp from 'sharp'

import { mediaUseHooks } from '@/hooks/trackMediaUse'
import { MEDIA_IN_USE, rebuildMediaUse } from '@/lib/mediaVisibility/publishedUse'
import { mediaIdsIn, mediaReferences } from '@/lib/mediaVisibility/references'
import { getSpeakerBySlug } from '@/lib/queries/speakers'
import { richTextFromParagraphs } from '@/lib/richText'
import { MEDIA_FILE_CACHE_CONTROL } from '@/lib/security/mediaFileResponse'
import type { Media } from '@/payload-types'
import { make } from '@/tests/helpers/factories'
import { graphql } from '@/tests/helpers/graphql'
import { ldNode, one } from '@/tests/helpers/html'
import { render, withParams } from '@/tests/helpers/render'
import { rest } from '@/tests/helpers/rest'
import { runScheduledPublish } from '@/tests/helpers/scheduledPublish'
import { setupRecord } from '@/tests/helpers/setup'

const { default: SpeakerPage, generateMetadata: speakerMetadata } =
  await import('@/app/(frontend)/speakers/[slug]/page')
const { default: AssemblyPage } = await import('@/app/(frontend)/assemblies/[year]/page')

const SIZES = ['thumbnail', 'card', 'hero'] as const

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })
let counter = 0

/** A photo large enough for Payload to write every size (the hero is 1600 px wide). */
async function portrait(who = 'a person'): Promise<Media> {
  const n = (counter += 1)
  const data = await sharp({
    create: { width: 1800, height: 1200, channels: 3, background: '#5a7' },
  })
    .jpeg()
    .toBuffer()
  const doc = await app.payload.create({
    collection: 'media',
    data: { alt: `Portrait ${n} of ${who} ${Date.now()}` },
    file: { data, mimetype: 'image/jpeg', name: `portrait-${n}.jpg`, size: data.length },
    user: app.editor,
    overrideAccess: false,
  })
  for (const size of SIZES) expect(doc.sizes?.[size]?.filename).toBeTruthy()
  return doc
}

const fileNames = (media: Media): string[] => [
  media.filename!,
  ...SIZES.map((size) => media.sizes![size]!.filename!),
]

/**
 * What someone (a visitor without a token) can learn about an image, channel by channel. Every
 * answer is also searched for the image's alt text, which names the person.
 */
async function seenThrough(media: Media, token?: string) {
  const texts: string[] = []
  const get = async (path: string) => {
    const response = await rest(path, { token })
    const text = await response.text()
    texts.push(text)
    return { status: response.status, text }
  }
  const list = JSON.parse((await get(`/media?where[id][equals]=${media.id}&depth=0`)).text) as {
    docs: unknown[]
  }
  const byId = await get(`/media/${media.id}?depth=0`)
  const count = JSON.parse((await get(`/media/count?where[id][equals]=${media.id}`)).text) as {
    totalDocs: number
  }
  const gql = await graphql(
    `{ Media(id: ${media.id}) { id alt } allMedia(where: { id: { equals: ${media.id} } }) { docs { id alt } } }`,
    { token },
  )
  texts.push(gql.text)
  const local = await app.payload.find({
    collection: 'media',
    where: { id: { equals: media.id } },
    overrideAccess: false,
    user: token ? app.editor : null,
  })
  const seen: Record<string, boolean> = {
    'REST list': list.docs.length === 1,
    'REST by id': byId.status === 200,
    'REST count': count.totalDocs === 1,
    'GraphQL by id': Boolean((gql.data?.Media as { id?: number } | null)?.id),
    'GraphQL list': ((gql.data?.allMedia as { docs: unknown[] } | null)?.docs.length ?? 0) === 1,
    'Local API': local.docs.length === 1,
  }
  for (const [index, name] of fileNames(media).entries()) {
    const response = await rest(`/media/file/${name}`, { token })
    seen[`file ${index === 0 ? 'original' : SIZES[index - 1]}`] = response.status === 200
    if (response.status !== 200) expect([403, 404]).toContain(response.status)
  }
  return { seen, mentionsAlt: texts.some((text) => text.includes(media.alt)) }
}

const everywhere = (value: boolean, media: Media) => {
  const channels = [
    'REST list',
    'REST by id',
    'REST count',
    'GraphQL by id',
    'GraphQL list',
    'Local API',
  ]
  const files = ['original', ...SIZES].map((size) => `file ${size}`)
  expect(fileNames(media)).toHaveLength(4)
  return Object.fromEntries([...channels, ...files].map((channel) => [channel, value]))
}

async function expectHidden(media: Media) {
  const { seen, mentionsAlt } = await seenThrough(media)
  expect(seen).toEqual(everywhere(false, media))
  expect(mentionsAlt).toBe(false)
  // Staff keep seeing it, in the admin's media library and everywhere else.
  expect((await seenThrough(media, app.editorToken)).seen).toEqual(everywhere(true, media))
}

async function expectVisible(media: Media) {
  expect((await seenThrough(media)).seen).toEqual(everywhere(true, media))
}

type Showing = 'speakers' | 'organisations' | 'assemblies' | 'sessions'
/** Publishes a document, with a change when one is given, as "Publish changes" in the admin. */
const publish = (collection: Showing, id: number, change: Record<string, unknown> = {}) =>
  app.payload.update({ collection, id, data: { ...change, _status: 'published' } as never })
const unpublish = (collection: Showing, id: number) =>
  app.payload.update({ collection, id, data: { _status: 'draft' } })

/** A published speaker whose photo is `photo`. */
const speakerShowing = (photo: Media) => make.speaker(app.payload, 'published', { photo: photo.id })

/** A published speaker with a published photo, and another one saved as a draft over it. */
async function pendingPhoto(published: string, pending: string) {
  const photos = { published: await portrait(published), pending: await portrait(pending) }
  const speaker = await speakerShowing(photos.published)
  await app.payload.update({
    collection: 'speakers',
    id: speaker.id,
    data: { photo: photos.pending.id },
    draft: true,
  })
  return { speaker, ...photos }
}

/** A published speaker and a published organisation, both showing `photo`. */
const sharedBy = async (photo: Media) => ({
  speaker: await speakerShowing(photo),
  organisation: await make.organisation(app.payload, 'published', { logo: photo.id }),
})

/** Lexical state with one paragraph and one uploaded image, as the admin's editor saves it. */
const richTextWithImage = (mediaId: number) => {
  const { root } = richTextFromParagraphs(['Before the image.'])
  const image = {
    type: 'upload',
    version: 3,
    format: '',
    id: `node${mediaId}`,
    fields: null,
    relationTo: 'media',
    value: mediaId,
  }
  return { root: { ...root, children: [...root.children, image] } }
}

describe('an image uploaded for a document that is never published', () => {
  it('is hidden from visitors on every channel, original and every size, and staff still see it', async () => {
    const photo = await portrait('a speaker still in draft')
    await make.speaker(app.payload, 'draft', { photo: photo.id })
    await expectHidden(photo)
  })

  it('is hidden when nothing uses it at all', async () => {
    await expectHidden(await portrait('nobody yet'))
  })
})

describe('publishing and unpublishing', () => {
  it('shows the image once its speaker is published and hides it again on unpublish', async () => {
    const photo = await portrait('a speaker')
    const speaker = await make.speaker(app.payload, 'draft', { photo: photo.id })
    await expectHidden(photo)
    await publish('speakers', speaker.id)
    await expectVisible(photo)
    await unpublish('speakers', speaker.id)
    await expectHidden(photo)
  })

  it('follows a publish sent by an editor through REST', async () => {
    const logo = await portrait('an organisation logo')
    const organisation = await make.organisation(app.payload, 'draft', { logo: logo.id })
    const response = await rest(`/organisations/${organisation.id}`, {
      method: 'PATCH',
      token: app.editorToken,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(response.status).toBe(200)
    await expectVisible(logo)
  })

  it('follows scheduled publishing and unpublishing through the job queue', async () => {
    const hero = await portrait('an assembly hero')
    const assembly = await make.assembly(app.payload, 'draft', { heroImage: hero.id })
    const schedule = (type: 'publish' | 'unpublish') =>
      runScheduledPublish(app.payload, {
        type,
        doc: { relationTo: 'assemblies', value: assembly.id },
      })
    await schedule('publish')
    await expectVisible(hero)
    await schedule('unpublish')
    await expectHidden(hero)
  })

  it('hides the image when its published speaker is deleted', async () => {
    const photo = await portrait('a deleted speaker')
    const speaker = await speakerShowing(photo)
    await expectVisible(photo)
    await app.payload.delete({ collection: 'speakers', id: speaker.id })
    await expectHidden(photo)
  })

  it('hides the old image and shows the new one when a published photo is replaced', async () => {
    const before = await portrait('the old photo')
    const after = await portrait('the new photo')
    const speaker = await speakerShowing(before)
    await publish('speakers', speaker.id, { photo: after.id })
    await expectHidden(before)
    await expectVisible(after)
  })

  it('keeps the published photo and hides a new one saved as a draft until it is published', async () => {
    const { speaker, published, pending } = await pendingPhoto(
      'the published photo',
      'a photo not yet approved',
    )
    await expectVisible(published)
    await expectHidden(pending)

    // A visitor, with relationships populated, gets the published photo; asking for the draft is
    // refused outright (hooks/guardQueries.ts).
    const asVisitor = await rest(`/speakers/${speaker.id}?depth=1`)
    const text = await asVisitor.text()
    expect(text).toContain(published.alt)
    expect(text).not.toContain(pending.alt)
    const drafts = await rest(`/speakers/${speaker.id}?depth=1&draft=true`)
    expect(drafts.status).toBe(403)
    expect(await drafts.text()).not.toContain(pending.alt)
    // Nor can a visitor find which document a pending image belongs to through the derived ids.
    for (const draft of ['', '&draft=true']) {
      const found = await rest(`/speakers?where[mediaInUse][equals]=${pending.id}&depth=0${draft}`)
      if (found.status === 200)
        expect(((await found.json()) as { docs: unknown[] }).docs).toEqual([])
      else expect([400, 403]).toContain(found.status)
    }

    await publish('speakers', speaker.id)
    await expectHidden(published)
    await expectVisible(pending)
  })

  it('keeps an image used by two published documents visible until neither uses it', async () => {
    const shared = await portrait('a photo used twice')
    const { speaker, organisation } = await sharedBy(shared)
    await unpublish('speakers', speaker.id)
    await expectVisible(shared)
    await app.payload.delete({ collection: 'organisations', id: organisation.id })
    await expectHidden(shared)
  })

  it('hides an image when the two documents sharing it are unpublished at the same moment', async () => {
    // Each write runs in its own transaction; neither may decide from the other's stale state.
    const pairs = []
    for (let i = 0; i < 4; i += 1) {
      const shared = await portrait('a photo two pages share')
      pairs.push({ shared, ...(await sharedBy(shared)) })
    }
    await Promise.all(
      pairs.flatMap(({ speaker, organisation }) => [
        unpublish('speakers', speaker.id),
        unpublish('organisations', organisation.id),
      ]),
    )
    for (const { shared } of pairs) await expectHidden(shared)
  })

  it('sees an image twice in one document, then once, then not at all', async () => {
    const hero = await portrait('a hero also shown in the intro')
    const assembly = await make.assembly(app.payload, 'published', {
      heroImage: hero.id,
      intro: richTextWithImage(hero.id),
    })
    await publish('assemblies', assembly.id, { heroImage: null })
    await expectVisible(hero)
    await publish('assemblies', assembly.id, { intro: null })
    await expectHidden(hero)
  })

  it('counts an image placed in the rich text of a published session, and restoring a version', async () => {
    const figure = await portrait('a figure in a session summary')
    const session = await make.session(app.payload, 'draft', {
      summary: richTextWithImage(figure.id),
    })
    await expectHidden(figure)
    await publish('sessions', session.id)
    await expectVisible(figure)
    await publish('sessions', session.id, { summary: null })
    await expectHidden(figure)
    const { docs } = await app.payload.findVersions({
      collection: 'sessions',
      where: {
        and: [{ parent: { equals: session.id } }, { 'version._status': { equals: 'published' } }],
      },
      sort: 'createdAt',
      limit: 1,
    })
    await app.payload.restoreVersion({ collection: 'sessions', id: docs[0]!.id })
    await expectVisible(figure)
  })
})

describe('staff marking an image public', () => {
  it('shows an unused image to visitors, and only staff can mark it', async () => {
    const poster = await portrait('a poster for the whole network')
    await expectHidden(poster)
    await expect(
      app.payload.update({
        collection: 'media',
        id: poster.id,
        data: { public: true },
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toThrow(/not allowed/i)
    const marked = await rest(`/media/${poster.id}`, {
      method: 'PATCH',
      token: app.editorToken,
      body: JSON.stringify({ public: true }),
    })
    expect(marked.status).toBe(200)
    await expectVisible(poster)
  })

  it('is off for a new upload, and nobody can set inPublishedUse by hand', async () => {
    const photo = await portrait('someone who asked not to be shown')
    expect(photo.public).toBe(false)
    expect(photo.inPublishedUse).toBe(false)
    const forged = await rest(`/media/${photo.id}`, {
      method: 'PATCH',
      token: app.editorToken,
      body: JSON.stringify({ inPublishedUse: true, alt: `${photo.alt} (edited)` }),
    })
    expect(forged.status).toBe(200)
    const stored = await app.payload.findByID({ collection: 'media', id: photo.id })
    expect(stored.alt).toBe(`${photo.alt} (edited)`)
    expect(stored.inPublishedUse).toBe(false)
    await expectHidden(stored)
  })

  it('starts hidden even when created or duplicated from a visible image by a script', async () => {
    const visible = await portrait('a visible photo')
    await speakerShowing(visible)
    const copy = await app.payload.duplicate({ collection: 'media', id: visible.id })
    expect(copy.inPublishedUse).toBe(false)
    await expectHidden(copy)
    const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } })
      .png()
      .toBuffer()
    const forced = await app.payload.create({
      collection: 'media',
      data: { alt: 'Created with the flag set', inPublishedUse: true },
      file: { data, mimetype: 'image/png', name: 'forced.png', size: data.length },
    })
    expect(forced.inPublishedUse).toBe(false)
  })
})

describe('file responses', () => {
  it('are never stored by shared caches and are checked again before each reuse', async () => {
    const photo = await portrait('a cached speaker')
    const speaker = await speakerShowing(photo)
    const first = await rest(`/media/file/${photo.sizes!.card!.filename}`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe(MEDIA_FILE_CACHE_CONTROL)
    expect(MEDIA_FILE_CACHE_CONTROL).toMatch(/\bprivate\b/)
    expect(MEDIA_FILE_CACHE_CONTROL).toMatch(/\bno-cache\b/)
    expect(first.headers.get('content-type')).toBe('image/jpeg')
    const bytes = Buffer.from(await first.arrayBuffer())
    expect((await sharp(bytes).metadata()).width).toBe(768)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()

    const again = await rest(`/media/file/${photo.sizes!.card!.filename}`, {
      headers: { 'If-None-Match': etag! },
    })
    expect(again.status).toBe(304)

    // Once unpublished, the browser's revalidation is refused instead of confirmed.
    await unpublish('speakers', speaker.id)
    const after = await rest(`/media/file/${photo.sizes!.card!.filename}`, {
      headers: { 'If-None-Match': etag! },
    })
    expect([403, 404]).toContain(after.status)
  })

  it('answers 404 to staff for a file that is not there, and refuses paths out of the folder', async () => {
    expect((await rest('/media/file/no-such-file.jpg', { token: app.editorToken })).status).toBe(
      404,
    )
    const escape = await rest('/media/file/..%2F..%2Fpackage.json', { token: app.editorToken })
    expect([400, 403, 404]).toContain(escape.status)
  })
})

describe('populated relationships', () => {
  it('bring a published speaker photo, with its alt text, to visitors through REST, GraphQL and the queries', async () => {
    const photo = await portrait('a published speaker')
    const speaker = await speakerShowing(photo)
    const viaRest = (await (await rest(`/speakers/${speaker.id}?depth=1`)).json()) as {
      photo: Media
    }
    expect(viaRest.photo.alt).toBe(photo.alt)
    const viaGraphql = await graphql(`{ Speaker(id: ${speaker.id}) { photo { alt url } } }`)
    expect((viaGraphql.data?.Speaker as { photo: Media }).photo.alt).toBe(photo.alt)
    const viaQuery = await getSpeakerBySlug(speaker.slug!)
    expect((viaQuery?.speaker.photo as Media).alt).toBe(photo.alt)
    expect((viaQuery?.speaker.photo as Media).sizes?.card?.url).toMatch(/\/api\/media\/file\//)
  })

  it('bring an image the rule hides as an id or null, never with its alt text or address', async () => {
    const photo = await portrait('a portrait whose flag was lost')
    const speaker = await speakerShowing(photo)
    // A published document pointing at an image visitors may not see: the flag alone decides.
    await app.payload.db.updateOne({
      collection: 'media',
      id: photo.id,
      data: { inPublishedUse: false },
      returning: false,
    })

    const viaRest = await rest(`/speakers/${speaker.id}?depth=2`)
    const restText = await viaRest.text()
    expect((JSON.parse(restText) as { photo: unknown }).photo).toBe(photo.id)
    const viaGraphql = await graphql(`{ Speaker(id: ${speaker.id}) { photo { alt url } } }`)
    expect((viaGraphql.data?.Speaker as { photo: unknown }).photo).toBeNull()
    const viaQuery = await getSpeakerBySlug(speaker.slug!)
    expect(viaQuery?.speaker.photo).toBe(photo.id)
    for (const text of [restText, viaGraphql.text, JSON.stringify(viaQuery)]) {
      expect(text).not.toContain(photo.alt)
      expect(text).not.toContain(photo.filename)
    }

    // Deriving the flags again from the documents puts it back.
    expect(await rebuildMediaUse(app.payload)).toBe(1)
    await expectVisible(photo)
  })
})

describe('the public site', () => {
  it('shows the published photo in the page, its JSON-LD and metadata, never a pending one', async () => {
    const { speaker, published, pending } = await pendingPhoto(
      'a published speaker on the site',
      'a pending portrait on the site',
    )

    const html = await render(SpeakerPage(withParams({ slug: speaker.slug! })))
    const meta = JSON.stringify(await speakerMetadata(withParams({ slug: speaker.slug! })))
    for (const text of [html, meta]) {
      expect(text).not.toContain(pending.alt)
      expect(text).not.toContain(pending.filename!.replace(/\.jpg$/, ''))
    }
    const avatar = one(html, 'img')
    expect(avatar.attributes).toMatchObject({
      alt: published.alt,
      src: `/api/media/file/${published.sizes!.thumbnail!.filename}`,
      loading: 'lazy',
    })
    // The page's JSON-LD is a graph: the WebPage and the Person it is about.
    const person = ldNode(html, 'Person')
    expect(person?.image).toBe(`http://localhost:3000/api/media/file/${published.filename}`)
    expect(meta).toContain(`/api/media/file/${published.filename}`)
  })

  it("offers Payload's sizes in a srcset, straight from the file route, not the image optimizer", async () => {
    const hero = await portrait('an assembly hall')
    const assembly = await make.assembly(app.payload, 'published', { heroImage: hero.id })
    const html = await render(AssemblyPage(withParams({ year: String(assembly.year) })))
    expect(html).not.toContain('/_next/image')
    const file = (name: string) => `/api/media/file/${name}`
    expect(one(html, 'img').attributes).toMatchObject({
      srcSet: `${file(hero.sizes!.card!.filename!)} 768w, ${file(hero.sizes!.hero!.filename!)} 1600w, ${file(hero.filename!)} 1800w`,
      src: file(hero.filename!),
      alt: hero.alt,
      width: '1800',
      height: '1200',
      sizes: '(min-width: 72rem) 72rem, 100vw',
      loading: 'eager',
      fetchPriority: 'high',
    })
  })
})

describe('which fields count as using an image', () => {
  const upload = (name: string): Field => ({ name, type: 'upload', relationTo: 'media' })

  it('finds media fields at any depth of arrays, groups, rows, collapsibles, tabs and blocks', () => {
    const block: Block = { slug: 'figure', fields: [upload('image')] }
    const fields: Field[] = [
      upload('top'),
      { name: 'other', type: 'upload', relationTo: 'users' as CollectionSlug },
      { name: 'either', type: 'relationship', relationTo: ['media', 'speakers'], hasMany: true },
      { name: 'text', type: 'richText' },
      { name: 'rows', type: 'array', fields: [{ type: 'row', fields: [upload('inRow')] }] },
      { name: 'named', type: 'group', fields: [upload('inGroup')] },
      { type: 'group', label: 'Unnamed', fields: [upload('inUnnamedGroup')] },
      { type: 'collapsible', label: 'More', fields: [upload('inCollapsible')] },
      {
        type: 'tabs',
        tabs: [
          { label: 'One', fields: [upload('inTab')] },
          { name: 'two', fields: [upload('inNamedTab')] },
        ],
      },
      { name: 'layout', type: 'blocks', blocks: [block] },
      { name: 'shared', type: 'blocks', blocks: [], blockReferences: ['figure' as never] },
    ]
    expect(mediaReferences(fields, [block]).map((reference) => reference.path)).toEqual([
      'top',
      'either',
      'text',
      'rows.inRow',
      'named.inGroup',
      'inUnnamedGroup',
      'inCollapsible',
      'inTab',
      'two.inNamedTab',
      'layout.figure.image',
      'shared.figure.image',
    ])
    const data = {
      top: 1,
      other: 99,
      either: [
        { relationTo: 'speakers', value: 98 },
        { relationTo: 'media', value: { id: 2 } },
      ],
      text: richTextWithImage(3),
      rows: [{ inRow: 4 }, { inRow: null }],
      named: { inGroup: '5' },
      inUnnamedGroup: 6,
      inCollapsible: 7,
      inTab: 8,
      two: { inNamedTab: 9 },
      layout: [{ blockType: 'figure', image: 10 }],
      shared: [{ blockType: 'figure', image: { id: 11, alt: 'populated' } }],
    }
    expect(mediaIdsIn(fields, data, [block])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  /** Every object anywhere in a field tree that names media as its target, or holds rich text. */
  function bruteForceCount(value: unknown): number {
    if (Array.isArray(value))
      return value.reduce((sum: number, item) => sum + bruteForceCount(item), 0)
    if (!value || typeof value !== 'object') return 0
    const node = value as Record<string, unknown>
    const here =
      ((node.type === 'upload' || node.type === 'relationship') &&
        (node.relationTo === 'media' ||
          (Array.isArray(node.relationTo) && node.relationTo.includes('media')))) ||
      node.type === 'richText'
        ? 1
        : 0
    // Skip what is not a field: the rich-text editor's own config, and functions.
    return (
      here +
      Object.entries(node)
        .filter(([key]) => key !== 'editor' && key !== 'admin')
        .reduce((sum, [, child]) => sum + bruteForceCount(child), 0)
    )
  }

  it('sees every such field of every collection, and each of those collections keeps the flag', () => {
    const tracked: string[] = []
    // Payload's own collections (locked documents, preferences, jobs) point at every collection
    // to keep the admin's books; they are never shown to the public.
    const content = app.payload.config.collections.filter(
      (collection) => !collection.slug.startsWith('payload-'),
    )
    expect(content.map((collection) => collection.slug)).toContain('media')
    for (const collection of content) {
      const references = mediaReferences(collection.fields, app.payload.config.blocks)
      expect([collection.slug, references.length]).toEqual([
        collection.slug,
        bruteForceCount(collection.fields),
      ])
      if (references.length === 0) continue
      tracked.push(collection.slug)
      expect(
        collection.fields.some((field) => 'name' in field && field.name === MEDIA_IN_USE),
      ).toBe(true)
      expect(collection.hooks.beforeChange).toContain(mediaUseHooks.recordMediaInUse)
      expect(collection.hooks.afterChange).toContain(mediaUseHooks.refreshAfterChange)
      expect(collection.hooks.afterDelete).toContain(mediaUseHooks.refreshAfterDelete)
    }
    expect(tracked.sort()).toEqual(['assemblies', 'organisations', 'sessions', 'speakers', 'wins'])
  })
})
