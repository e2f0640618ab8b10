/**
 * Proves, against a production server (`next build` + `next start`), that what staff publish
 * shows at once on the document's own page and on every page that lists or shows it, without a
 * rebuild or restart, and that drafts never do.
 *
 *   npx tsx scripts/checkRevalidation.ts        (about two minutes)
 *
 * It works on a database of its own: a new database on the server DATABASE_URI points at
 * (dropped afterwards), or a throwaway embedded PostgreSQL. It migrates and seeds it, then builds
 * the site against it into .next/, like `npm run build`. `next build` reuses the data cache in
 * .next/cache/fetch-cache, which earlier runs filled from other databases, so that is cleared
 * first. It starts `next start` on a free port, signs in as the first admin through the REST API
 * and edits the record the way the admin panel does: every write goes through the server, so the
 * revalidation hooks run inside Next.js exactly as in production. Each change is followed
 * immediately by page requests; nothing is retried. The one wait is for the server's job queue,
 * whose timer fires every minute, to run a scheduled unpublish; its pages are checked a second
 * after the job is done (the hook hands that revalidation to the server once the write commits).
 *
 * Exit code 0 when every check passes, 1 otherwise.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import pg from 'pg'

import { freePort, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { seed } from '@/seed'

const say = (message: string) => process.stdout.write(`${message}\n`)
const bin = (name: string) => path.resolve('node_modules/.bin', name)

type Env = Record<string, string | undefined>

function run(command: string, args: string[], env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(command), args, { stdio: 'inherit', env: env as NodeJS.ProcessEnv })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

/**
 * Payload in this process, on the check's database: migrations, the seed and queueing a job go
 * through it directly (the `payload` command line occasionally exits without running anything
 * when started from another tsx process).
 */
async function openPayload(env: Env): Promise<{ payload: Payload; close: () => Promise<void> }> {
  Object.assign(process.env, env)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // payload.destroy() leaves the adapter's checked-out client open (see tests/helpers/payload.ts);
  // close it and wait until it is closed, or stopping the database afterwards kills it mid-way.
  const close = async () => {
    const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
    await payload.destroy()
    if (!pool) return
    const internal = pool as unknown as { _clients: pg.PoolClient[]; _idle: { client: unknown }[] }
    const checkedOut = internal._clients.filter(
      (client) => !internal._idle.some((idle) => idle.client === client),
    )
    await Promise.all(
      checkedOut.map(
        (client) =>
          new Promise<void>((resolve) => {
            client.on('error', () => {})
            client.once('end', () => resolve())
            client.release(true)
          }),
      ),
    )
    await pool.end()
  }
  return { payload, close }
}

/** A database of our own, and how to get rid of it. */
async function provideDatabase(): Promise<{ url: string; dispose: () => Promise<void> }> {
  const server = process.env.DATABASE_URI
  if (server) {
    const name = `picum_revalidation_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      dispose: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)
        await client.end()
      },
    }
  }
  // Under the system temp folder: the `postgres` user must be able to reach it when run as root.
  const parent = mkdtempSync(path.join(os.tmpdir(), 'picum-revalidation-'))
  chmodSync(parent, 0o755)
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(parent, 'pg'),
    persistent: false,
  })
  return { url: await cluster.urlFor('picum'), dispose: () => cluster.stop() }
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error('next start exited before it was ready')
    try {
      const response = await fetch(`${base}/`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('next start did not answer within a minute')
}

// The checks

const failures: string[] = []
let passed = 0

function expect(condition: boolean, description: string) {
  if (condition) {
    passed += 1
    say(`  ✓ ${description}`)
  } else {
    failures.push(description)
    say(`  ✗ ${description}`)
  }
}

async function main(): Promise<number> {
  const database = await provideDatabase()
  const port = await freePort()
  const base = `http://localhost:${port}`
  const env: Env = {
    ...process.env,
    DATABASE_URI: database.url,
    NODE_ENV: 'production',
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    NEXT_PUBLIC_SERVER_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
    SEED_ON_START: 'false',
  }
  let server: ChildProcess | undefined
  let local: Awaited<ReturnType<typeof openPayload>> | undefined
  try {
    say('Preparing a database: migrations and the 2025 record')
    local = await openPayload(env)
    await local.payload.db.migrate()
    await seed(local.payload)
    say('Building the site against it')
    rmSync('.next/cache/fetch-cache', { recursive: true, force: true })
    await run('next', ['build'], env)
    // The server's output goes to a file: it is long, and only needed when a check fails.
    const serverLog = path.join(os.tmpdir(), `picum-check-revalidation-${port}.log`)
    const logFile = openSync(serverLog, 'w')
    say(`Starting next start on ${base} (its output: ${serverLog})`)
    server = spawn(bin('next'), ['start', '-p', String(port)], {
      stdio: ['ignore', logFile, logFile],
      env: env as NodeJS.ProcessEnv,
    })
    await waitForServer(base, server)
    await checkRevalidation(base, local.payload)
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM')
      await new Promise((resolve) => server!.once('exit', resolve))
    }
    await local?.close()
    await database.dispose()
  }
  say(`\n${passed} checks passed, ${failures.length} failed.`)
  for (const failure of failures) say(`  ✗ ${failure}`)
  return failures.length === 0 ? 0 : 1
}

async function checkRevalidation(base: string, payload: Payload): Promise<void> {
  const page = async (path: string) => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' })
    return {
      status: response.status,
      cache: response.headers.get('x-nextjs-cache'),
      html: await response.text(),
    }
  }
  const { token } = (await (
    await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'revalidation-check@example.org',
        password: randomBytes(12).toString('hex'),
        name: 'Revalidation check',
      }),
    })
  ).json()) as { token: string }
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok)
      throw new Error(`${method} /api${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as { doc?: { id: number }; docs?: { id: number }[] }
  }
  const idOf = async (collection: string, slug: string) => {
    const { docs } = await api(
      'GET',
      `/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`,
    )
    const id = docs?.[0]?.id
    if (!id) throw new Error(`No ${collection} with slug ${slug}`)
    return id
  }
  const shows = async (path: string, text: string) => (await page(path)).html.includes(text)

  say('\nThe pages are static: served from the cache')
  await page('/speakers/lucia-maquieira')
  const cached = await page('/speakers/lucia-maquieira')
  expect(
    cached.status === 200 && cached.cache === 'HIT',
    `/speakers/lucia-maquieira is served from the cache (${cached.status}, x-nextjs-cache: ${cached.cache})`,
  )

  say('\nPublishing an edit to a speaker shows everywhere they appear')
  const lucia = await idOf('speakers', 'lucia-maquieira')
  await api('PATCH', `/speakers/${lucia}`, { name: 'Lucía Maquieira Checked' })
  for (const path of [
    '/speakers/lucia-maquieira',
    '/speakers',
    '/assemblies/2025/finding-hope',
    '/assemblies/2025',
    '/',
    '/organisations/red-acoge',
    '/wins/valencia-floods-regularisation',
  ]) {
    expect(await shows(path, 'Lucía Maquieira Checked'), `${path} shows the new name`)
  }

  say('\nA draft does not show')
  await api('PATCH', `/speakers/${lucia}?draft=true`, { name: 'Unpublished Draft Name' })
  for (const path of ['/speakers/lucia-maquieira', '/speakers', '/assemblies/2025/finding-hope']) {
    const html = (await page(path)).html
    expect(
      !html.includes('Unpublished Draft Name') && html.includes('Lucía Maquieira Checked'),
      `${path} still shows the published name`,
    )
  }
  // Publish the speaker again as it was, so the next checks start from the published record.
  await api('PATCH', `/speakers/${lucia}`, {
    name: 'Lucía Maquieira Checked',
    _status: 'published',
  })

  say('\nRenaming a slug moves the page')
  await api('PATCH', `/speakers/${lucia}`, { slug: 'lucia-maquieira-renamed' })
  expect(
    (await page('/speakers/lucia-maquieira-renamed')).status === 200,
    'the new address answers 200',
  )
  expect((await page('/speakers/lucia-maquieira')).status === 404, 'the old address answers 404')
  expect(
    await shows('/speakers', 'href="/speakers/lucia-maquieira-renamed"'),
    '/speakers links the new address',
  )
  expect(
    await shows('/assemblies/2025/finding-hope', 'href="/speakers/lucia-maquieira-renamed"'),
    'the session page links the new address',
  )
  const sitemap = (await page('/sitemap.xml')).html
  expect(
    sitemap.includes('/speakers/lucia-maquieira-renamed') &&
      !sitemap.includes('/speakers/lucia-maquieira<'),
    'the sitemap lists the new address, not the old one',
  )

  say('\nUnpublishing a win takes it off every page')
  const win = await idOf('wins', 'spain-arraigo-reform')
  await api('PATCH', `/wins/${win}`, { _status: 'draft' })
  expect((await page('/wins/spain-arraigo-reform')).status === 404, 'its page answers 404')
  for (const path of [
    '/wins',
    '/assemblies/2025',
    '/',
    '/assemblies/2025/finding-hope',
    '/speakers/lucia-maquieira-renamed',
    '/organisations/red-acoge',
    '/topics/regularisation',
    '/sitemap.xml',
  ]) {
    expect(!(await shows(path, '/wins/spain-arraigo-reform')), `${path} no longer lists it`)
  }

  say('\nPublishing it again brings it back')
  await api('PATCH', `/wins/${win}`, { _status: 'published' })
  expect((await page('/wins/spain-arraigo-reform')).status === 200, 'its page answers 200')
  for (const path of [
    '/wins',
    '/assemblies/2025',
    '/',
    '/organisations/red-acoge',
    '/sitemap.xml',
  ]) {
    expect(await shows(path, '/wins/spain-arraigo-reform'), `${path} lists it again`)
  }

  say('\nA new speaker, published after the build, gets a page (a 404 seen before is replaced)')
  expect((await page('/speakers/nadia-newly-published')).status === 404, 'before: 404')
  const organisation = await idOf('organisations', 'red-acoge')
  await api('POST', '/speakers', {
    name: 'Nadia Newly Published',
    currentRole: 'Coordinator',
    currentOrganisation: organisation,
    _status: 'published',
  })
  expect((await page('/speakers/nadia-newly-published')).status === 200, 'after: 200')
  expect(await shows('/speakers', 'Nadia Newly Published'), '/speakers lists them')
  expect(
    await shows('/organisations/red-acoge', 'Nadia Newly Published'),
    'their organisation lists them',
  )
  expect(await shows('/sitemap.xml', '/speakers/nadia-newly-published'), 'the sitemap lists them')

  say('\nEditing a session and an assembly shows on the programme and the home page')
  const session = await idOf('sessions', 'finding-hope')
  await api('PATCH', `/sessions/${session}`, { title: 'Finding hope, checked' })
  for (const path of [
    '/assemblies/2025/finding-hope',
    '/assemblies/2025',
    '/',
    '/topics/regularisation',
  ]) {
    expect(await shows(path, 'Finding hope, checked'), `${path} shows the new session title`)
  }
  const assembly = await idOf('assemblies', '2025')
  await api('PATCH', `/assemblies/${assembly}`, { theme: 'A theme edited after the build' })
  for (const path of ['/', '/assemblies', '/assemblies/2025']) {
    expect(await shows(path, 'A theme edited after the build'), `${path} shows the new theme`)
  }

  say('\nA scheduled unpublish, run by the job queue inside the server, takes effect at once')
  const scheduled = await idOf('wins', 'belgium-sex-workers-labour-law')
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'unpublish', doc: { relationTo: 'wins', value: scheduled } },
    waitUntil: new Date(Date.now() - 1000),
  })
  // The server's queue timer fires every minute; wait until the job is done (Payload deletes a
  // job once it completes, or marks it completed when configured to keep it).
  let completed = false
  for (let i = 0; i < 150 && !completed; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      depth: 0,
      limit: 1,
      pagination: false,
    })
    completed = !docs[0] || Boolean(docs[0].completedAt)
  }
  expect(completed, 'the job queue ran the scheduled unpublish')
  // The hook hands revalidation to the server once the write is committed: allow that request.
  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(
    (await page('/wins/belgium-sex-workers-labour-law')).status === 404,
    'its page answers 404',
  )
  for (const path of ['/wins', '/assemblies/2025', '/']) {
    expect(
      !(await shows(path, '/wins/belgium-sex-workers-labour-law')),
      `${path} no longer lists it`,
    )
  }

  say('\nDeleting a document removes its page and its listings')
  const { doc: topic } = await api('POST', '/topics', {
    name: 'Checked topic',
    description: 'Made and deleted by the revalidation check.',
  })
  expect((await page('/topics/checked-topic')).status === 200, 'a new topic answers 200')
  expect(await shows('/topics', 'Checked topic'), '/topics lists it')
  await api('DELETE', `/topics/${topic!.id}`)
  expect((await page('/topics/checked-topic')).status === 404, 'after deleting it answers 404')
  expect(!(await shows('/topics', 'Checked topic')), '/topics no longer lists it')
  expect(!(await shows('/sitemap.xml', '/topics/checked-topic')), 'the sitemap no longer lists it')
}

try {
  process.exitCode = await main()
} catch (error) {
  say(`The check could not run: ${(error as Error).message}`)
  process.exitCode = 1
}
