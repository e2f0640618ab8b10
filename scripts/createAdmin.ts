// `npm run create-admin -- --email ana@picum.org [--name "Ana Pérez"]`. No --password flag: every
// user of the machine can read a command line in the process list.
import { z } from 'zod'

import { MAX_EMAIL_LENGTH, normaliseEmail } from '@/lib/security/authRateLimits'
import { checkPasswordLength } from '@/lib/security/passwords'
import { loadPayload } from '@/scripts/lib/loadPayload'
import { runScript, say } from '@/scripts/lib/runBin'

const USAGE =
  'usage: npm run create-admin -- --email <address> [--name <name>] (the password is asked for, or read from ADMIN_PASSWORD)'

const args = z
  .object({
    email: z
      .string({ message: '--email is required' })
      .transform((value) => normaliseEmail(value) ?? '')
      .refine(
        Boolean,
        `--email must be an e-mail address of at most ${MAX_EMAIL_LENGTH} characters`,
      ),
    name: z
      .string()
      .trim()
      .min(1, '--name must not be empty')
      .max(200, '--name is too long')
      .optional(),
  })
  .strict()

function parseArgs(argv: string[]): z.infer<typeof args> {
  const values: Record<string, string> = {}
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s)
    if (!flag?.startsWith('--')) throw new Error(`Unexpected argument ${argv[i]}: ${USAGE}`)
    values[flag.slice(2)] = inline ?? argv[(i += 1)] ?? ''
  }
  if ('password' in values) {
    throw new Error(
      'There is no --password flag, because anyone on this machine can read a command line: type the password at the prompt or set ADMIN_PASSWORD.',
    )
  }
  const parsed = args.safeParse(values)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const message =
      issue.code === 'unrecognized_keys' ? `Unknown option --${issue.keys[0]}` : issue.message
    throw new Error(`${message}: ${USAGE}`)
  }
  return parsed.data
}

function hiddenPrompt(question: string): Promise<string> {
  const input = process.stdin
  return new Promise((resolve, reject) => {
    let value = ''
    const finish = (outcome: () => void) => {
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      process.stderr.write('\n')
      outcome()
    }
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => resolve(value))
        if (char === '\u0003' || char === '\u0004')
          return finish(() => reject(new Error('Cancelled.')))
        value = char === '\u007f' || char === '\b' ? [...value].slice(0, -1).join('') : value + char
      }
    }
    process.stderr.write(question)
    input.setEncoding('utf8')
    input.setRawMode(true)
    input.resume()
    input.on('data', onData)
  })
}

async function firstLineOfStdin(): Promise<string> {
  let text = ''
  for await (const chunk of process.stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD
  if (!process.stdin.isTTY) return firstLineOfStdin()
  const password = await hiddenPrompt('Password for the new admin: ')
  const valid = checkPasswordLength(password)
  if (valid !== true) throw new Error(valid)
  if ((await hiddenPrompt('The same password again: ')) !== password) {
    throw new Error('The two passwords differ: nothing was created.')
  }
  return password
}

async function main(): Promise<void> {
  const { email, name } = parseArgs(process.argv.slice(2))
  const password = await readPassword()
  const valid = checkPasswordLength(password)
  if (valid !== true || password.length === 0)
    throw new Error(valid === true ? 'The password is empty.' : valid)

  // This database's schema comes from migrations, never from a push.
  process.env.PAYLOAD_MIGRATING = 'true'
  const payload = await loadPayload()
  const { env } = await import('@/lib/env')
  try {
    const exists = `An account with the e-mail ${email} already exists: sign in with it, or use "Forgot your password?" on the sign-in page.`
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: email } },
    })
    if (totalDocs > 0) throw new Error(exists)
    await payload
      .create({ collection: 'users', data: { email, name, password, role: 'admin' } })
      .catch((error: { data?: { errors?: Array<{ path?: string }> } }) => {
        // Made by someone else since the count: the unique index on email says so.
        if (error.data?.errors?.some((e) => e.path === 'email')) throw new Error(exists)
        throw error
      })
    say(`Created the admin ${email}: sign in at ${env().NEXT_PUBLIC_SERVER_URL}/admin.`)
  } catch (error) {
    // 42P01 undefined_table: a database that has never been migrated.
    if ((error as { cause?: { code?: string } }).cause?.code === '42P01') {
      throw new Error('The database has no tables yet: run npm run migrate (or npm start) first.')
    }
    throw error
  } finally {
    await payload.destroy()
  }
}

runScript(main)
