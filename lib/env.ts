import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

export const DATA_DIR = path.resolve(process.cwd(), '.data')

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must be a postgres:// connection string',
  })

const smtpUrl = z
  .string()
  .trim()
  .refine(
    (value) =>
      /^smtps?:\/\/[^\s]+$/.test(value) && URL.canParse(value) && new URL(value).hostname !== '',
    {
      message:
        'must be an smtp:// or smtps:// URL such as smtps://user:password@mail.example.org:465',
    },
  )

const MAIL_FROM_PATTERN =
  /^(?:(?<name>[^<>]*?)\s*<(?<bracketed>[^<>\s@]+@[^<>\s@]+)>|(?<bare>[^<>\s@]+@[^<>\s@]+))$/

const mailFrom = z.string().trim().regex(MAIL_FROM_PATTERN, {
  message:
    'must be an e-mail address, optionally with a name: PICUM Assembly Record <noreply@picum.org>',
})

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value))

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URI: postgresUrl,
    PAYLOAD_SECRET: z.string().optional(),
    PORT: z.coerce
      .number({ message: 'must be a port number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(3000),
    NEXT_PUBLIC_SERVER_URL: z
      .url({
        protocol: /^https?$/,
        message: 'must be an http(s) URL such as https://assembly.picum.org',
      })
      .optional(),
    SEED_ON_START: booleanFlag.default(true),
    TRUSTED_PROXY_HOPS: z.coerce
      .number({
        message: 'must be the number of reverse proxies in front of the app (0 when none)',
      })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 10')
      .max(10, 'must be between 0 and 10')
      .default(0),
    SMTP_URL: smtpUrl.optional(),
    MAIL_FROM: mailFrom.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (env.PAYLOAD_SECRET ?? '').length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'must be set to at least 32 characters in production',
      })
    }
    if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'must be set in production to an smtp:// or smtps:// URL: staff who forget their password are sent a reset link through it',
      })
    }
  })

export type Env = Omit<
  z.infer<typeof schema>,
  'PAYLOAD_SECRET' | 'NEXT_PUBLIC_SERVER_URL' | 'MAIL_FROM'
> & {
  PAYLOAD_SECRET: string
  NEXT_PUBLIC_SERVER_URL: string
  MAIL_FROM: { name: string; address: string }
}

export class EnvError extends Error {
  name = 'EnvError'
}

// Kept in .data/ outside production so sessions survive restarts.
const developmentSecret = (): string => {
  const file = path.join(DATA_DIR, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // `FOO=` in a .env file means "not set".
  const values = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
  if (!values.DATABASE_URI) {
    throw new EnvError(
      'DATABASE_URI is not set: start the app with npm run dev or npm start (they provide an ' +
        'embedded PostgreSQL) or set DATABASE_URI to a postgres:// connection string.',
    )
  }
  const result = schema.safeParse(values)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = String(issue?.path[0] ?? 'environment')
    throw new EnvError(`${name} ${issue?.message ?? 'is invalid'}.`)
  }
  const env = result.data
  const serverUrl = (env.NEXT_PUBLIC_SERVER_URL ?? `http://localhost:${env.PORT}`).replace(
    /\/+$/,
    '',
  )
  return {
    ...env,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? developmentSecret(),
    NEXT_PUBLIC_SERVER_URL: serverUrl,
    MAIL_FROM: parseMailFrom(env.MAIL_FROM, new URL(serverUrl).hostname),
  }
}

const parseMailFrom = (value: string | undefined, host: string): Env['MAIL_FROM'] => {
  const groups = value ? MAIL_FROM_PATTERN.exec(value)?.groups : undefined
  const address = groups?.bracketed ?? groups?.bare ?? `noreply@${host}`
  return { name: groups?.name?.replace(/^"|"$/g, '') || 'PICUM Assembly Record', address }
}

let cached: Env | undefined

export const env = (): Env => (cached ??= parseEnv())
