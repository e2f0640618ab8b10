import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { DATA_DIR, EnvError, parseEnv } from '@/lib/env'

const base = { DATABASE_URI: 'postgres://u:p@127.0.0.1:5432/picum' }

describe('environment', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({ ...base, PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      NEXT_PUBLIC_SERVER_URL: 'http://localhost:3000',
      SEED_ON_START: true,
      TRUSTED_PROXY_HOPS: 0,
      MAIL_FROM: { name: 'PICUM Assembly Record', address: 'noreply@localhost' },
    })
    expect(env.SMTP_URL).toBeUndefined()
    expect(
      parseEnv({ ...base, PAYLOAD_SECRET: 'x'.repeat(32), PORT: '4000' }).NEXT_PUBLIC_SERVER_URL,
    ).toBe('http://localhost:4000')
  })

  it.each([
    [{}, /^DATABASE_URI is not set/],
    [{ DATABASE_URI: 'mysql://x' }, /^DATABASE_URI must be a postgres:\/\/ connection string\.$/],
    [{ ...base, PORT: 'abc' }, /^PORT must be a port number\.$/],
    [{ ...base, PORT: '70000' }, /^PORT must be between 1 and 65535\.$/],
    [{ ...base, SEED_ON_START: 'maybe' }, /^SEED_ON_START must be true or false\.$/],
    [
      { ...base, NEXT_PUBLIC_SERVER_URL: 'ftp://x' },
      /^NEXT_PUBLIC_SERVER_URL must be an http\(s\) URL/,
    ],
    [
      { ...base, NODE_ENV: 'production' },
      /^PAYLOAD_SECRET must be set to at least 32 characters in production\.$/,
    ],
    [{ ...base, NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, /^PAYLOAD_SECRET must be set/],
    [
      { ...base, NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) },
      /^SMTP_URL must be set in production to an smtp:\/\/ or smtps:\/\/ URL: [^.]+\.$/,
    ],
    [
      { ...base, SMTP_URL: 'https://mail.example.org' },
      /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    ],
    [{ ...base, SMTP_URL: 'smtp://' }, /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [
      { ...base, MAIL_FROM: 'the office' },
      /^MAIL_FROM must be an e-mail address, optionally with a name/,
    ],
    [
      { ...base, TRUSTED_PROXY_HOPS: 'one' },
      /^TRUSTED_PROXY_HOPS must be the number of reverse proxies/,
    ],
    [{ ...base, TRUSTED_PROXY_HOPS: '1.5' }, /^TRUSTED_PROXY_HOPS must be a whole number\.$/],
    [{ ...base, TRUSTED_PROXY_HOPS: '-1' }, /^TRUSTED_PROXY_HOPS must be between 0 and 10\.$/],
  ])('stops with one sentence naming the variable: %p', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError)
    expect(() => parseEnv(source)).toThrow(message)
  })

  it('reads the mail settings and the number of trusted proxies', () => {
    const env = parseEnv({
      ...base,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(32),
      NEXT_PUBLIC_SERVER_URL: 'https://assembly.picum.org',
      SMTP_URL: 'smtps://staff%40picum.org:secret@mail.picum.org:465',
      TRUSTED_PROXY_HOPS: '2',
    })
    expect(env).toMatchObject({
      SMTP_URL: 'smtps://staff%40picum.org:secret@mail.picum.org:465',
      TRUSTED_PROXY_HOPS: 2,
      MAIL_FROM: { name: 'PICUM Assembly Record', address: 'noreply@assembly.picum.org' },
    })
    expect(parseEnv({ ...base, MAIL_FROM: 'PICUM staff <staff@picum.org>' }).MAIL_FROM).toEqual({
      name: 'PICUM staff',
      address: 'staff@picum.org',
    })
    expect(parseEnv({ ...base, MAIL_FROM: 'staff@picum.org' }).MAIL_FROM).toEqual({
      name: 'PICUM Assembly Record',
      address: 'staff@picum.org',
    })
  })

  it('treats an empty value as unset', () => {
    expect(parseEnv({ ...base, PAYLOAD_SECRET: 'x'.repeat(32), PORT: '' }).PORT).toBe(3000)
  })

  it('generates a development secret once and keeps it', () => {
    const first = parseEnv({ ...base }).PAYLOAD_SECRET
    const file = path.join(DATA_DIR, 'payload-secret')
    expect(existsSync(file)).toBe(true)
    expect(first).toBe(readFileSync(file, 'utf8').trim())
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(parseEnv({ ...base }).PAYLOAD_SECRET).toBe(first)
  })
})
