/**
 * Bad input, generated: fast-check builds malformed REST requests (paths, ids, `where` clauses
 * with wrong types, unknown operators and deep nesting, `depth`/`limit`/`page`/`sort` abuse, JSON
 * bodies that are not JSON or have the wrong shape, multipart uploads with junk) and GraphQL
 * documents, sends them in-process as an anonymous visitor and as an editor, and requires every
 * answer to be below 500 and free of stack traces, file paths, SQL and internal error names.
 *
 * The seed is fixed so a failure replays; fast-check prints the seed, the path and the smallest
 * counterexample. Another seed: FUZZ_SEED=123 npm test -- tests/int/platform/fuzz.test.ts
 */
import { jest } from '@jest/globals'
import fc from 'fast-check'
import { handleEndpoints, type PayloadRequest } from 'payload'
import { validOperators } from 'payload/shared'
import pg from 'pg'

import { RETRY_AFTER_SECONDS } from '@/lib/db/unavailable'
import { mapApiErrors, messages, refuseBeforePayload } from '@/lib/errors'
import { recordCollections } from '@/lib/record/registry'
import { make, pngBytes } from '@/tests/helpers/factories'
import { setupRecord } from '@/tests/helpers/setup'
import config from '@payload-config'

// The REST route imports Payload's admin stylesheet, which jest cannot load; the route itself is
// what is under test, behind the checks proxy.ts makes first (lib/errors/beforePayload.ts).
jest.unstable_mockModule('@payloadcms/next/css', () => ({}))
const restRoute = await import('@/app/(payload)/api/[...slug]/route')
const graphqlRoute = await import('@/app/(payload)/api/graphql/route')

const SEED = Number(process.env.FUZZ_SEED ?? 20250909)
/** In a never-published speaker and in a draft saved over a published session: never public. */
const DRAFT_MARK = 'zqxfuzzdraftmark'
const ORIGIN = 'http://localhost:3000'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'], quiet: true })
let editorEmail: string
let png: Buffer
const sent = { rest: 0, graphql: 0 }

beforeAll(async () => {
  editorEmail = app.editor.email
  const session = await make.session(app.payload)
  await make.session(app.payload, 'draft', { assembly: session.assembly })
  await make.speaker(app.payload, 'draft', { name: `Hidden ${DRAFT_MARK}` })
  await app.payload.update({
    collection: 'sessions',
    id: session.id,
    data: { title: `Pending ${DRAFT_MARK}` },
    draft: true,
  })
  await make.win(app.payload)
  await make.speaker(app.payload)
  await make.organisation(app.payload)
  await make.topic(app.payload)
  await make.media(app.payload)
  png = await pngBytes()
})

afterAll(async () => {
  app.payload.logger.info(
    `fuzz: ${sent.rest} REST and ${sent.graphql} GraphQL requests, seed ${SEED}`,
  )
})

// ---------------------------------------------------------------------------------------------
// What a response must never contain.

const LEAKS: Array<[string, RegExp]> = [
  ['a stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^)\s]*:\d+:\d+/],
  ['a file path', /\/node_modules\/|\/work\/|\/app\/\(|\.data\//],
  [
    'SQL',
    /\bselect [^"]*\bfrom\b|from "|syntax error at|relation "|invalid input syntax|\bparams: /i,
  ],
  ['a database error', /DrizzleQueryError|Failed query|SQLSTATE|\bpg_|out of range for type/i],
  ['an internal error name', /\b(?:TypeError|ReferenceError|RangeError|URIError|SyntaxError)\b/],
]

/** The request's own words come back in some answers ("cannot query: <field>"); they are not leaks. */
function withoutEchoes(body: string, echoes: string[]): string {
  let text = body
  const forms = echoes.flatMap((echo) => [echo, JSON.stringify(echo).slice(1, -1)])
  for (const form of forms.filter((f) => f.length >= 3).sort((a, b) => b.length - a.length)) {
    text = text.split(form).join('')
  }
  return text
}

function expectClean(
  label: string,
  status: number,
  body: string,
  echoes: string[],
  as: 'anonymous' | 'editor',
) {
  if (status >= 500) throw new Error(`${label} answered ${status}: ${body.slice(0, 500)}`)
  if (as === 'anonymous' && body.includes(DRAFT_MARK)) {
    throw new Error(`${label} showed a visitor an unpublished draft: ${body.slice(0, 500)}`)
  }
  const text = withoutEchoes(body, echoes)
  for (const [what, pattern] of LEAKS) {
    const found = text.match(pattern)
    if (found) throw new Error(`${label} leaked ${what} (${found[0]}): ${body.slice(0, 500)}`)
  }
}

// ---------------------------------------------------------------------------------------------
// Building blocks.

const COLLECTIONS = [
  ...recordCollections,
  'users',
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
  'payload-jobs',
]

const fieldNames = (): string[] =>
  Object.values(app.payload.collections).flatMap((collection) =>
    collection.config.flattenedFields.map((field) => field.name),
  )

/** Every operator Payload accepts, and words it does not. */
const OPERATORS = [...validOperators, 'bogus', '', '__proto__', 'constructor']

const INJECTIONS = [
  "' OR '1'='1",
  '1; DROP TABLE users; --',
  '"; DELETE FROM assemblies; --',
  '$1',
  '\\',
  '%00',
  '\u0000',
  '../../../../etc/passwd',
  '{{7*7}}',
  '<script>alert(1)</script>',
]

const NUMBERS = [
  '-1',
  '0',
  '1.5',
  '1e9',
  '1e21',
  '99999999999999999999',
  '-99999999999999999999',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '2147483648',
  '9007199254740993',
  '',
  ' ',
  'null',
  'true',
]

/** A scalar as it arrives in a URL: anything a person or a script could type. */
const junk = fc.oneof(
  fc.constantFrom(...NUMBERS, ...INJECTIONS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc
    .date({ noInvalidDate: false })
    .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString())),
)

type Clause = { [key: string]: Clause | string | Clause[] | string[] }

/** `where` clauses: real and unknown fields, every operator, values of any type, and/or nesting. */
const whereClause = (): fc.Arbitrary<Clause> => {
  const field = fc.oneof(fc.constantFrom(...fieldNames(), 'id', '_status', 'version.title'), junk)
  const value = fc.oneof(
    junk,
    fc.array(junk, { maxLength: 3 }),
    fc.dictionary(junk, junk, { maxKeys: 2 }),
  )
  const leaf = fc
    .tuple(field, fc.oneof(fc.constantFrom(...OPERATORS), junk), value)
    .map(([f, op, v]) => ({ [f]: { [op]: v } }) as Clause)
  const { clause } = fc.letrec<{ clause: Clause }>((tie) => ({
    clause: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .tuple(
          fc.constantFrom('and', 'or', 'AND', 'not'),
          fc.array(tie('clause'), { maxLength: 3 }),
        )
        .map(([op, clauses]) => ({ [op]: clauses }) as Clause),
    ),
  }))
  return clause
}

/** Flattens `{ where: { year: { equals: 'x' } } }` into `where[year][equals]=x`, as qs reads it. */
function toQuery(value: unknown, prefix: string, out: Array<[string, string]>) {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) toQuery(inner, `${prefix}[${key}]`, out)
  } else out.push([prefix, String(value)])
}

const queryParams = () =>
  fc.record(
    {
      where: whereClause(),
      depth: fc.oneof(fc.constantFrom('-1', '1e9', 'x', '10', '1000'), junk),
      limit: fc.oneof(fc.constantFrom('-1', '0', '1e9', '100000', 'x'), junk),
      page: fc.oneof(fc.constantFrom('-1', '0', '1e21', '99999999999', 'x'), junk),
      sort: fc.oneof(fc.constantFrom(...fieldNames().map((f) => `-${f}`), 'nope', '-', ',,'), junk),
      draft: fc.oneof(fc.constantFrom('true', 'false'), junk),
      select: fc.dictionary(
        fc.oneof(fc.constantFrom(...fieldNames()), junk),
        fc.constantFrom('true', 'false', 'x'),
      ),
      populate: fc.dictionary(
        fc.constantFrom(...COLLECTIONS),
        fc.dictionary(junk, junk, { maxKeys: 2 }),
      ),
      joins: fc.dictionary(
        fc.constantFrom('sessions', 'wins', 'appearances', 'nope'),
        fc.dictionary(fc.constantFrom('limit', 'page', 'sort', 'where'), junk, { maxKeys: 2 }),
      ),
      locale: junk,
      trash: junk,
      pagination: junk,
    },
    { requiredKeys: [] },
  )

/** Raw query strings that no serializer would produce. */
const rawQuery = fc.oneof(
  fc.constantFrom(
    'where=x',
    'where=',
    'where[]=1',
    'where[year]=2025',
    'where[year][equals][0][1][2]=x',
    'depth[]=1',
    'limit[$gt]=1',
    '%%%',
    '%E0%A4%A',
    'a=%ZZ',
    '&&&=&=',
    'where[and][0]=x',
    `where${'[a]'.repeat(60)}=1`,
    `sort=${'x,'.repeat(500)}`,
  ),
  fc.string({ maxLength: 60 }).map((s) => encodeURI(s)),
)

const pathShape = (id: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...COLLECTIONS)).map(([c]) => `/${c}`),
    fc.tuple(fc.constantFrom(...COLLECTIONS), id).map(([c, i]) => `/${c}/${i}`),
    fc.tuple(fc.constantFrom(...COLLECTIONS)).map(([c]) => `/${c}/versions`),
    fc.tuple(fc.constantFrom(...COLLECTIONS), id).map(([c, i]) => `/${c}/versions/${i}`),
    fc.tuple(fc.constantFrom(...COLLECTIONS), id).map(([c, i]) => `/${c}/access/${i}`),
    fc.tuple(fc.constantFrom(...COLLECTIONS), id).map(([c, i]) => `/${c}/${i}/${i}`),
    fc.tuple(fc.constantFrom(...COLLECTIONS)).map(([c]) => `/${c}/count`),
    id.map((i) => `/sources/file/${i}`),
    fc.constantFrom(
      '/users/me',
      '/users/login',
      '/users/logout',
      '/users/refresh-token',
      '/users/forgot-password',
      '/users/reset-password',
      '/users/unlock',
      '/users/first-register',
      '/users/verify/x',
      '/access',
      '/og',
      '/graphql',
      '/',
      '/globals/x',
      '/assemblies/1/start-next',
    ),
    id.map((i) => `/${i}`),
    fc.integer({ min: 500, max: 4000 }).map((n) => `/assemblies/${'a'.repeat(n)}`),
  )

const ids = fc.oneof(
  fc.constantFrom('1', '2', ...NUMBERS.filter((n) => n.trim()).map(encodeURIComponent)),
  fc.constantFrom('%E0%A4%A', '%', '%25', '..', '%2e%2e%2f', 'versions', 'me', '%00', '%C0%AE'),
  fc.string({ minLength: 1, maxLength: 30 }).map(encodeURIComponent),
)

// ---------------------------------------------------------------------------------------------
// Sending.

/** How fast-check prints a counterexample: bodies and long paths cut to a readable length. */
function describeRequest(this: Fuzzed): string {
  const cut = (text: string) =>
    text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text
  const body =
    this.body === undefined
      ? ''
      : typeof this.body === 'string'
        ? cut(this.body)
        : `<${(this.body as Uint8Array).length} bytes: ${cut(Buffer.from(this.body as Uint8Array).toString('latin1'))}>`
  return `${this.method} /api${cut(this.path)}?${cut(this.query)} as ${this.as} through ${this.through} ${JSON.stringify(this.headers ?? {})} ${body}`
}

const printable = (request: Omit<Fuzzed, typeof fc.toStringMethod>): Fuzzed =>
  Object.assign(request, { [fc.toStringMethod]: describeRequest })

type Fuzzed = {
  [fc.toStringMethod]: () => string
  method: string
  path: string
  query: string
  as: 'anonymous' | 'editor'
  through: 'route' | 'handler'
  body?: BodyInit
  headers?: Record<string, string>
  echoes: string[]
}

/** The catch-all's params as Next.js passes them: decoded segments (Next answers 400 itself when
 * a segment cannot be decoded, so those go straight to Payload's handler instead). */
function routeParams(path: string): string[] | null {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
}

/**
 * A request as the app receives it: proxy.ts's checks first (lib/errors/beforePayload.ts), then
 * `route` (Payload's generated route handler) or Payload's REST router fed the raw path,
 * percent-escapes and all.
 */
async function throughTheApp(
  request: Request,
  route?: (request: Request) => Promise<Response>,
): Promise<Response> {
  return (
    (await refuseBeforePayload(request)) ??
    (route ? route(request) : handleEndpoints({ config, request }))
  )
}

async function send(request: Fuzzed): Promise<{ status: number; body: string }> {
  const headers = new Headers(request.headers)
  if (request.as === 'editor') headers.set('Authorization', `JWT ${app.editorToken}`)
  const url = `${ORIGIN}/api${request.path}${request.query ? `?${request.query}` : ''}`
  const init: RequestInit = { method: request.method, headers }
  if (request.body !== undefined && !['GET', 'HEAD'].includes(request.method))
    init.body = request.body
  const slug = routeParams(request.path)
  const handler = restRoute[request.method as 'GET'] as
    ((req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>) | undefined
  sent.rest += 1
  const viaRoute =
    request.through === 'route' && slug && slug.length > 0 && handler
      ? (req: Request) => handler(req, { params: Promise.resolve({ slug }) })
      : undefined
  const response = await throughTheApp(new Request(url, init), viaRoute)
  return { status: response.status, body: await response.text() }
}

const who = fc.constantFrom<'anonymous' | 'editor'>('anonymous', 'editor')
/** Signing out ends the editor's session: later editor requests would silently run anonymous. */
const keepsEditorSignedIn = ({ as, path }: { as: string; path: string }) =>
  !(as === 'editor' && /^\/users\/logout/.test(path))
const through = fc.constantFrom<'route' | 'handler'>('route', 'handler')

const check = async (request: Fuzzed) => {
  const { status, body } = await send(request)
  expectClean(describeRequest.call(request), status, body, request.echoes, request.as)
}

/** Every string a value holds, keys included: what an answer may legitimately echo back. */
const stringsIn = (value: unknown): string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)])
    : [String(value)]

const run = (numRuns: number, property: fc.IAsyncProperty<[Fuzzed]>) =>
  fc.assert(property, { seed: SEED, numRuns })

// ---------------------------------------------------------------------------------------------

describe('REST answers malformed requests with a 4xx, never a 500 or internals', () => {
  it('paths, ids and query strings (GET, DELETE, OPTIONS)', async () => {
    const request = fc
      .record({
        method: fc.constantFrom('GET', 'GET', 'GET', 'DELETE', 'OPTIONS'),
        path: pathShape(ids),
        params: queryParams(),
        raw: fc.option(rawQuery, { nil: undefined }),
        as: who,
        through,
      })
      .filter(keepsEditorSignedIn)
      .map(({ params, raw, ...rest }) => {
        const pairs: Array<[string, string]> = []
        for (const [key, value] of Object.entries(params)) toQuery(value, key, pairs)
        const query = [new URLSearchParams(pairs).toString(), raw].filter(Boolean).join('&')
        return printable({
          ...rest,
          query,
          echoes: [
            ...stringsIn(params),
            ...(raw ? [raw, decodeSafe(raw)] : []),
            decodeSafe(rest.path),
          ],
        })
      })
    await run(700, fc.asyncProperty(request, check))
  }, 180_000)

  it('JSON bodies that are not JSON, have the wrong shape, are huge or deeply nested', async () => {
    const nested = fc
      .tuple(fc.integer({ min: 50, max: 3000 }), fc.constantFrom('array', 'object', 'richText'))
      .map(([depth, kind]) => {
        if (kind === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`
        if (kind === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
        // A rich text field whose children nest far deeper than any editor would.
        let node = '{"type":"text","text":"x","version":1}'
        for (let i = 0; i < depth; i += 1)
          node = `{"type":"paragraph","version":1,"children":[${node}]}`
        return `{"title":"Deep","name":"Deep","year":2091,"intro":{"root":{"type":"root","version":1,"children":[${node}]}},"bio":{"root":${node}}}`
      })
    const body = fc.oneof(
      fc.constantFrom(
        'not json',
        '{',
        '{"a":',
        '[1,2',
        'null',
        'true',
        '""',
        '1e400',
        '{"__proto__":{"x":1}}',
        '\u0000',
        '',
      ),
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((value) =>
        JSON.stringify({
          title: value,
          name: value,
          year: value,
          _status: value,
          role: value,
          email: value,
          password: value,
          assembly: value,
          contributions: value,
        }),
      ),
      fc
        .integer({ min: 100_000, max: 2_000_000 })
        .map((n) => JSON.stringify({ title: 'x'.repeat(n) })),
      nested,
    )
    const request = fc
      .record({
        method: fc.constantFrom('POST', 'PATCH', 'PUT', 'POST'),
        path: pathShape(fc.constantFrom('1', '2', '3', 'abc', '-1', '1.5', '99999999999')),
        params: fc.record({ depth: junk, draft: junk, where: whereClause() }, { requiredKeys: [] }),
        body,
        contentType: fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          'application/x-www-form-urlencoded',
          '',
        ),
        override: fc.boolean(),
        as: who,
        through,
      })
      .filter(keepsEditorSignedIn)
      .map(({ params, body, contentType, override, ...rest }) => {
        const pairs: Array<[string, string]> = []
        for (const [key, value] of Object.entries(params)) toQuery(value, key, pairs)
        const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {}
        // Payload turns a POST with this header into a GET whose query is the body.
        if (override) headers['X-Payload-HTTP-Method-Override'] = 'GET'
        return printable({
          ...rest,
          query: new URLSearchParams(pairs).toString(),
          body,
          headers,
          echoes: [...stringsIn(params), ...stringsInJson(body)],
        })
      })
    await run(400, fc.asyncProperty(request, check))
  }, 180_000)

  it('multipart uploads with junk', async () => {
    const part = fc.oneof(
      fc.record({
        name: fc.constantFrom('file', '_payload', 'alt', 'file[]', '', 'x'),
        filename: fc.option(
          fc.oneof(
            fc.constantFrom('a.png', '../../x.png', 'a.svg', '.png', 'a'.repeat(300) + '.png', ''),
            fc.string({ maxLength: 20 }),
          ),
          { nil: undefined },
        ),
        type: fc.constantFrom(
          'image/png',
          'image/svg+xml',
          'text/html',
          'application/octet-stream',
          '',
        ),
        content: fc.oneof(
          fc.constantFrom(
            'png',
            'not json',
            '{"alt":5}',
            '{"alt":"A fuzzed picture"}',
            '<svg onload="x"/>',
          ),
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
        ),
      }),
    )
    const request = fc
      .record({
        method: fc.constantFrom('POST', 'PATCH', 'POST'),
        path: fc.constantFrom(
          '/media',
          '/media/1',
          '/media/abc',
          '/assemblies',
          '/users',
          '/topics',
        ),
        boundary: fc.constantFrom('xyz', 'fuzz-boundary', '', '"quoted"', '-'.repeat(80)),
        declared: fc.constantFrom('same', 'other', 'missing'),
        parts: fc.array(part, { maxLength: 4 }),
        cut: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        as: who,
        through,
      })
      .map(({ boundary, declared, parts, cut, ...rest }) => {
        const chunks: Buffer[] = []
        for (const p of parts) {
          const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`
          chunks.push(
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
              'latin1',
            ),
          )
          chunks.push(p.content === 'png' ? png : Buffer.from(p.content, 'latin1'))
          chunks.push(Buffer.from('\r\n', 'latin1'))
        }
        chunks.push(Buffer.from(`--${boundary}--\r\n`, 'latin1'))
        let bytes = Buffer.concat(chunks)
        if (cut !== undefined) bytes = bytes.subarray(0, cut)
        const header =
          declared === 'missing'
            ? 'multipart/form-data'
            : `multipart/form-data; boundary=${declared === 'same' ? boundary : 'other'}`
        return printable({
          ...rest,
          query: '',
          body: new Uint8Array(bytes),
          headers: { 'Content-Type': header },
          echoes: parts.flatMap((p) => [p.name, p.filename ?? '', p.content]),
        })
      })
    await run(250, fc.asyncProperty(request, check))
  }, 180_000)
})

describe('GraphQL answers malformed documents without a 500 or internals', () => {
  it('queries with wrong argument types, unknown fields and junk bodies', async () => {
    const list = fc.constantFrom(
      'Assemblies',
      'Sessions',
      'Speakers',
      'Organisations',
      'Wins',
      'Topics',
      'allMedia',
      'Users',
      'versionsAssemblies',
      'Nope',
    )
    const arg = fc.oneof(
      fc.constantFrom(
        'page: -1',
        'page: 99999999',
        'limit: -5',
        'limit: 1000000',
        'sort: "nope"',
        'draft: true',
        'where: { year: { equals: -1 } }',
        'where: { id: { equals: 99999999999 } }',
        'where: { title: { like: "%" } }',
        'where: { nope: { equals: 1 } }',
        'where: { OR: [{ AND: [] }] }',
        'fallbackLocale: none',
      ),
      junk.map((value) => `where: { title: { equals: ${JSON.stringify(value)} } }`),
    )
    const document = fc.oneof(
      fc
        .tuple(
          list,
          fc.array(arg, { maxLength: 3 }),
          fc.constantFrom(
            'docs { id }',
            'docs { id title }',
            'totalDocs',
            'docs { email hash salt }',
            '',
          ),
        )
        .map(
          ([name, args, fields]) =>
            `{ ${name}${args.length ? `(${args.join(', ')})` : ''} { ${fields} } }`,
        ),
      fc.constantFrom(
        '{ Assembly(id: -1) { id } }',
        '{ Assembly(id: 2147483648) { id } }',
        'mutation { createTopic(data: {}) { id } }',
        'mutation { deleteAssembly(id: 1) { id } }',
        'mutation { updateUser(id: 1, data: { role: admin }) { id } }',
        '{ __schema { types { name } } }',
        `{ ${'a { '.repeat(200)}${'}'.repeat(200)} }`,
      ),
      fc.string({ maxLength: 80 }),
    )
    const request = fc.record({
      as: who,
      body: fc.oneof(
        fc
          .tuple(document, fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
          .map(([query, variables]) => JSON.stringify({ query, variables })),
        fc.constantFrom('not json', '{', '[]', '{"query":5}', '{"query":null}', ''),
      ),
    })
    await fc.assert(
      fc.asyncProperty(request, async ({ as, body }) => {
        const headers = new Headers({ 'Content-Type': 'application/json' })
        if (as === 'editor') headers.set('Authorization', `JWT ${app.editorToken}`)
        sent.graphql += 1
        const response = await throughTheApp(
          new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers, body }),
          graphqlRoute.POST,
        )
        const text = await response.text()
        expectClean(
          `GraphQL ${body.slice(0, 200)} as ${as}`,
          response.status,
          text,
          stringsInJson(body),
          as,
        )
        // GraphQL answers 200 with errors; each error's status must not be a server error either.
        const statuses = [...text.matchAll(/"statusCode":(\d+)/g)].map((m) => Number(m[1]))
        for (const status of statuses) expect(status).toBeLessThan(500)
      }),
      { seed: SEED, numRuns: 200 },
    )
  }, 180_000)
})

describe('the runs above', () => {
  it('left the editor signed in, so every editor request really ran as the editor', async () => {
    const response = await throughTheApp(
      new Request(`${ORIGIN}/api/users/me`, {
        headers: { Authorization: `JWT ${app.editorToken}` },
      }),
    )
    const { user } = (await response.json()) as { user: { email: string } | null }
    expect(user?.email).toBe(editorEmail)
  })
})

describe('lib/errors/api.ts answers with a status and a plain message', () => {
  /** A real driver error: what PostgreSQL says to a value of the wrong type. */
  const badValueError = async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    try {
      await client.query("SELECT 'abc'::integer")
    } catch (error) {
      return error
    } finally {
      await client.end()
    }
    throw new Error('PostgreSQL accepted a text integer')
  }
  /** A real connection error: nothing listens on port 1. */
  const unreachableError = async () => {
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none' })
    return client.connect().then(
      () => Promise.reject(new Error('port 1 answered')),
      (error: unknown) => error,
    )
  }
  const hook = (
    error: unknown,
    graphqlResult?: { message: string },
    formatted?: { errors: Array<{ message: string }> },
  ) => {
    const req = { url: 'http://localhost:3000/api/assemblies', method: 'GET' } as PayloadRequest
    const result = mapApiErrors({
      error: error as Error,
      req,
      context: {},
      graphqlResult,
      result: formatted,
    })
    return { result, req }
  }

  it('a bad value that reached PostgreSQL is a 400 without SQL', async () => {
    const wrapped = Object.assign(
      new Error('Failed query: select "id" from "assemblies" where "id" = $1'),
      {
        cause: await badValueError(),
      },
    )
    const { result } = hook(wrapped)
    expect(result).toEqual({ status: 400, response: { errors: [{ message: messages.badValue }] } })
  })

  it('an unreachable database is a 503 with Retry-After, on REST and GraphQL', async () => {
    const error = await unreachableError()
    const { result, req } = hook(error)
    expect(result).toEqual({
      status: 503,
      response: { errors: [{ message: messages.unavailable }] },
    })
    expect(req.responseHeaders?.get('Retry-After')).toBe(String(RETRY_AFTER_SECONDS))
    const graphql = hook(Object.assign(new Error('wrapped'), { originalError: error }), {
      message: 'Something went wrong.',
    })
    expect(graphql.result).toMatchObject({
      graphqlResult: { message: messages.unavailable, extensions: { statusCode: 503 } },
    })
  })

  it("puts back the message of Payload's own client errors that a production build loses", () => {
    // Payload's formatter keeps a message only for errors with a `name`; minified classes have none.
    const expired = Object.assign(new Error('Token is either invalid or has expired.'), {
      status: 403,
      name: '',
    })
    const { result } = hook(expired, undefined, {
      errors: [{ message: 'An unknown error occurred.' }],
    })
    expect(result).toEqual({
      response: { errors: [{ message: 'Token is either invalid or has expired.' }] },
    })
    // A message Payload kept is left as it is.
    const kept = hook(expired, undefined, { errors: [{ message: 'Not allowed.' }] })
    expect(kept.result).toBeUndefined()
  })

  it('leaves a missing table, column or function a server error: the fault is ours, not the client’s', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await client.connect()
    try {
      for (const [sql, code] of [
        ['SELECT * FROM no_such_table', '42P01'],
        ['SELECT no_such_column FROM payload_migrations', '42703'],
        ['SELECT no_such_function()', '42883'],
      ] as const) {
        const error = await client.query(sql).then(
          () => Promise.reject(new Error(`PostgreSQL answered ${sql}`)),
          (caught: unknown) => caught,
        )
        expect(error).toMatchObject({ code })
        const wrapped = Object.assign(new Error(`Failed query: ${sql}`), { cause: error })
        expect({ code, result: hook(wrapped).result }).toEqual({ code, result: undefined })
      }
    } finally {
      await client.end()
    }
  })

  it("leaves Payload's own client errors and unknown failures alone", () => {
    expect(hook(Object.assign(new Error('Not Found'), { status: 404 })).result).toBeUndefined()
    expect(hook(new Error('Something unexpected')).result).toBeUndefined()
  })
})

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function stringsInJson(body: BodyInit | undefined): string[] {
  if (typeof body !== 'string') return []
  try {
    return [body, ...stringsIn(JSON.parse(body))]
  } catch {
    return [body]
  }
}
