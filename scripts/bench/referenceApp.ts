// The yardstick of figure 1: the framework alone. A minimal Next.js app (this project's `next`,
// default settings, no proxy) serves one pre-rendered page per page type, of the same size in
// bytes as ours, so a ratio near 1 means our cached pages cost what Next itself costs.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '@/lib/db/embeddedPostgres'
import { request } from '@/scripts/bench/http'
import { waitForServer } from '@/scripts/lib/productionServer'
import { type Env, runBin } from '@/scripts/lib/runBin'

export type ReferenceApp = { url: string; child: ChildProcess; bytes: Record<string, number> }

const WORDS = 'record assembly session speaker organisation migrants rights network year win'
const prose = (length: number): string[] => {
  const words = WORDS.split(' ')
  const paragraphs: string[] = []
  let text = ''
  for (let i = 0; text.length + paragraphs.join('').length < length; i += 1) {
    text += `${words[(i * 7) % words.length]} `
    if (text.length >= 400) {
      paragraphs.push(text.trim())
      text = ''
    }
  }
  return [...paragraphs, text.trim()].filter(Boolean)
}

const layout = `export const metadata = { title: 'Reference' }
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>
}
`

const page = `import content from '../../content.json'
export const dynamicParams = false
export function generateStaticParams() {
  return Object.keys(content).map((key) => ({ key }))
}
export default async function Page({ params }) {
  const { key } = await params
  return <main>{content[key].map((text, i) => <p key={i}>{text}</p>)}</main>
}
`

async function build(dir: string, textLengths: Record<string, number>, env: Env) {
  const content = Object.fromEntries(
    Object.entries(textLengths).map(([key, length]) => [key, prose(length)]),
  )
  writeFileSync(path.join(dir, 'content.json'), JSON.stringify(content))
  const code = await runBin(['next', 'build', dir], env)
  if (code !== 0) throw new Error(`The reference app did not build (exit ${code}).`)
}

async function start(dir: string, env: Env): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(path.resolve('node_modules/.bin/next'), ['start', dir, '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, NODE_ENV: 'production' } as NodeJS.ProcessEnv,
  })
  const url = `http://127.0.0.1:${port}`
  await waitForServer(`${url}/`, 60_000)
  return { url, child }
}

async function sizes(url: string, keys: string[]): Promise<Record<string, number>> {
  const bytes: Record<string, number> = {}
  for (const key of keys) {
    const response = await request(`${url}/${key}`)
    if (response.status !== 200)
      throw new Error(`The reference /${key} answered ${response.status}.`)
    bytes[key] = (await response.arrayBuffer()).byteLength
  }
  return bytes
}

const commonAncestor = (a: string, b: string): string => {
  const left = path.resolve(a).split(path.sep)
  const right = path.resolve(b).split(path.sep)
  let shared = 0
  while (shared < left.length && left[shared] === right[shared]) shared += 1
  return left.slice(0, shared).join(path.sep) || path.sep
}

/**
 * Built twice: a page's text is in its HTML and again in the inline RSC payload, so a first build
 * of two lengths of text finds what a character weighs, and the second sizes each page to `targets`.
 */
export async function startReferenceApp(
  workDir: string,
  targets: Record<string, number>,
): Promise<ReferenceApp> {
  const dir = path.join(workDir, 'reference-next')
  mkdirSync(path.join(dir, 'app', '[key]'), { recursive: true })
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir')
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n')
  // Turbopack resolves only under its root, and `next` is this project's, outside the folder.
  const root = commonAncestor(dir, process.cwd())
  writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(root)} } }\n`,
  )
  writeFileSync(path.join(dir, 'app', 'layout.jsx'), layout)
  writeFileSync(path.join(dir, 'app', '[key]', 'page.jsx'), page)
  const env: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URI: undefined }

  const [short, long] = [10_000, 40_000]
  await build(dir, { short, long }, env)
  let server = await start(dir, env)
  const measured = await sizes(server.url, ['short', 'long'])
  server.child.kill('SIGTERM')
  const perChar = (measured.long! - measured.short!) / (long - short)
  const overhead = measured.short! - short * perChar
  const keys = Object.keys(targets)
  await build(
    dir,
    Object.fromEntries(
      keys.map((key) => [key, Math.max(1, Math.round((targets[key]! - overhead) / perChar))]),
    ),
    env,
  )
  server = await start(dir, env)
  return { ...server, bytes: await sizes(server.url, keys) }
}
