import { spawn } from 'node:child_process'
import path from 'node:path'

import { FIRST_ACCOUNT_EXISTS } from '@/lib/security/firstAdmin'
import { PASSWORD_TOO_SHORT } from '@/lib/security/passwords'
import { from, rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

/** `npm run create-admin` is scripts/withDatabase.ts around this script, run here on the test database. */
const app = setupRecord()

type Run = { code: number | null; out: string }

function createAdmin(
  args: string[],
  { password, stdin }: { password?: string; stdin?: string } = {},
): Promise<Run> {
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/createAdmin.ts', ...args], {
    env: { ...env, ADMIN_PASSWORD: password ?? '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += String(chunk)))
  child.stderr.on('data', (chunk) => (out += String(chunk)))
  child.stdin.end(stdin ?? '')
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })))
}

const PASSWORD = 'a long admin password 2025'
const admins = async () =>
  (
    await app.payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, depth: 0 })
  ).docs.map((u) => `${u.email} ${u.name ?? ''}`.trim())

/** One sentence on one line, said by the script: no stack trace. */
function expectOneSentence({ code, out }: Run, message: RegExp | string) {
  // Compared together so that a wrong exit code shows what the script said.
  expect({ code, out }).toEqual({ code: 1, out: expect.any(String) })
  const lines = out.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(typeof message === 'string' ? `[picum] ${message}` : message)
  expect(out).not.toMatch(/\n\s+at /)
}

it('makes the first admin from ADMIN_PASSWORD without echoing it, and the server then refuses first-register', async () => {
  const run = await createAdmin(['--email', 'Ana@Picum.example', '--name', 'Ana Pérez'], {
    password: PASSWORD,
  })
  expect(run.code).toBe(0)
  expect(run.out).toContain('Created the admin ana@picum.example')
  expect(run.out).not.toContain(PASSWORD)
  expect(await admins()).toEqual(['ana@picum.example Ana Pérez'])

  const signedIn = await rest('/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'ana@picum.example', password: PASSWORD }),
    headers: from('192.0.2.90'),
  })
  expect(signedIn.status).toBe(200)
  const late = await rest('/users/first-register', {
    method: 'POST',
    body: JSON.stringify({ email: 'someone@example.org', password: PASSWORD }),
    headers: from('192.0.2.91'),
  })
  expect(late.status).toBe(409)
  expect(JSON.stringify(await late.json())).toContain(FIRST_ACCOUNT_EXISTS)
})

it('reads the password from standard input when it is not a terminal', async () => {
  const run = await createAdmin(['--email=bea@picum.example'], { stdin: `${PASSWORD}\n` })
  expect(run.code).toBe(0)
  expect(await admins()).toContain('bea@picum.example')
})

it('refuses an e-mail that already has an account, in one sentence', async () => {
  const run = await createAdmin(['--email', 'ANA@picum.example'], { password: PASSWORD })
  expectOneSentence(run, /An account with the e-mail ana@picum\.example already exists/)
})

it.each([
  [['--email', 'cai@picum.example'], 'short', PASSWORD_TOO_SHORT],
  [
    ['--email', 'not an address'],
    PASSWORD,
    /--email must be an e-mail address of at most 254 characters: usage/,
  ],
  [[], PASSWORD, /--email is required: usage/],
  [['--email', 'cai@picum.example', '--role', 'editor'], PASSWORD, /Unknown option --role: usage/],
  [['--email', 'cai@picum.example', '--password', PASSWORD], '', /There is no --password flag/],
  [['cai@picum.example'], PASSWORD, /Unexpected argument cai@picum\.example: usage/],
])('refuses bad input in one sentence and creates nothing: %p', async (args, password, message) => {
  const before = await admins()
  const run = await createAdmin(args, { password })
  expectOneSentence(run, message)
  expect(await admins()).toEqual(before)
})
