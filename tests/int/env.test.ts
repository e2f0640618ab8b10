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
    })
    expect(parseEnv({ ...base, PAYLOAD_SECRET: 'x'.repeat(32), PORT: '4000' }).NEXT_PUBLIC_SERVER_URL).toBe(
      'http://localhost:4000',
    )
  })

  it.each([
    [{}, /^DATABASE_URI is not set/],
    [{ DATABASE_URI: 'mysql://x' }, /^DATABASE_URI must be a postgres:\/\/ connection string\.$/],
    [{ ...base, PORT: 'abc' }, /^PORT must be a port number\.$/],
    [{ ...base, PORT: '70000' }, /^PORT must be between 1 and 65535\.$/],
    [{ ...base, SEED_ON_START: 'maybe' }, /^SEED_ON_START must be true or false\.$/],
    [{ ...base, NEXT_PUBLIC_SERVER_URL: 'ftp://x' }, /^NEXT_PUBLIC_SERVER_URL must be an http\(s\) URL/],
    [{ ...base, NODE_ENV: 'production' }, /^PAYLOAD_SECRET must be set to at least 32 characters in production\.$/],
    [{ ...base, NODE_ENV: 'production', PAYLOAD_SECRET: 'short' }, /^PAYLOAD_SECRET must be set/],
  ])('stops with one sentence naming the variable: %p', (source, message) => {
    expect(() => parseEnv(source)).toThrow(EnvError)
    expect(() => parseEnv(source)).toThrow(message)
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
