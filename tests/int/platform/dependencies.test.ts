import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Payload's own start-up check of its packages' versions is off (payload.config.ts), because
 * @payloadcms/email-nodemailer is published only up to 3.90.1. This is the check instead: every
 * Payload package is pinned to payload's exact version unless it is listed here as published only
 * up to an older one, and exactly one copy of payload (and of the packages it shares) is installed.
 */
const PUBLISHED_ONLY_UP_TO: Record<string, string> = {
  '@payloadcms/email-nodemailer': '3.90.1',
}

const readJson = (file: string) =>
  JSON.parse(readFileSync(path.resolve(file), 'utf8')) as {
    version: string
    dependencies?: Record<string, string>
    devDependencies?: Record<string, string>
  }

it('pins every Payload package to payload’s version, or to the last one published', () => {
  const pkg = readJson('package.json')
  const declared = { ...pkg.dependencies, ...pkg.devDependencies }
  const payloadVersion = declared.payload
  expect(payloadVersion).toMatch(/^\d+\.\d+\.\d+$/)
  const payloadPackages = Object.keys(declared).filter((name) =>
    /^(payload|@payloadcms\/.+)$/.test(name),
  )
  expect(payloadPackages.length).toBeGreaterThan(1)
  for (const name of payloadPackages) {
    const wanted = PUBLISHED_ONLY_UP_TO[name] ?? payloadVersion
    expect([name, declared[name]]).toEqual([name, wanted])
    expect([name, readJson(`node_modules/${name}/package.json`).version]).toEqual([name, wanted])
  }
})

it('installs one copy of payload, @payloadcms/ui, @payloadcms/translations and next', () => {
  const shared = ['payload', '@payloadcms/ui', '@payloadcms/translations', 'next']
  const { stdout, status } = spawnSync('npm', ['ls', ...shared, '--all', '--parseable'], {
    encoding: 'utf8',
  })
  expect(status).toBe(0)
  for (const name of shared) {
    const copies = new Set(
      stdout.split('\n').filter((line) => line.endsWith(`node_modules/${name}`)),
    )
    expect([name, copies.size]).toEqual([name, 1])
  }
})
