import { contentSecurityPolicy, type Header, securityHeaders } from '@/lib/security/headers'
import nextConfig from '@/next.config'

/** `default-src 'self'; img-src 'self' data:` → { 'default-src': ["'self'"], ... } */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(directives.has(name)).toBe(false)
    directives.set(name, sources)
  }
  return directives
}

const headerMap = (headers: Header[]) =>
  new Map(headers.map(({ key, value }) => [key.toLowerCase(), value]))

describe('the Content-Security-Policy', () => {
  const production = parsePolicy(contentSecurityPolicy({ production: true }))
  const development = parsePolicy(contentSecurityPolicy({ production: false }))

  it('allows this origin only, for everything that is not inline', () => {
    expect(production.get('default-src')).toEqual(["'self'"])
    for (const [name, sources] of production) {
      // No host, scheme wildcard or `*` anywhere: nothing loads from another origin.
      for (const source of sources) {
        expect(`${name} ${source}`).toMatch(/ ('self'|'none'|'unsafe-inline'|data:|blob:)$/)
      }
    }
  })

  it('closes plugins, <base>, foreign form targets and framing by other sites', () => {
    expect(production.get('object-src')).toEqual(["'none'"])
    expect(production.get('base-uri')).toEqual(["'self'"])
    expect(production.get('form-action')).toEqual(["'self'"])
    // Live preview frames the site from the admin, on the same origin.
    expect(production.get('frame-ancestors')).toEqual(["'self'"])
    expect(production.get('frame-src')).toEqual(["'self'"])
  })

  it('needs no eval in production, and allows it with WebSockets only for next dev', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(production.get('connect-src')).toEqual(["'self'", 'blob:'])
    expect(development.get('script-src')).toContain("'unsafe-eval'")
    expect(development.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'ws:']))
  })

  it('lets images come from the site, data: and blob: (admin upload previews)', () => {
    expect(production.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(production.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })
})

describe('the security headers', () => {
  it('sends the fixed headers in every mode', () => {
    for (const production of [true, false]) {
      const headers = headerMap(securityHeaders({ production }))
      expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy({ production }))
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy')).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
      )
    }
  })

  it('sends HSTS in production only, for at least a year', () => {
    const production = headerMap(securityHeaders({ production: true }))
    const maxAge = Number(
      /max-age=(\d+)/.exec(production.get('strict-transport-security') ?? '')?.[1],
    )
    expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60)
    expect(headerMap(securityHeaders({ production: false })).has('strict-transport-security')).toBe(
      false,
    )
  })

  it('are applied by next.config.ts to every path', async () => {
    const rules = (await nextConfig.headers?.()) ?? []
    const everyPath = rules.filter((rule) => rule.source === '/:path*')
    const sent = headerMap(everyPath.flatMap((rule) => rule.headers))
    const expected = securityHeaders({ production: process.env.NODE_ENV === 'production' })
    for (const { key, value } of expected) expect(sent.get(key.toLowerCase())).toBe(value)
    // No other rule narrows or overrides them for some paths.
    const keys = new Set(expected.map(({ key }) => key.toLowerCase()))
    for (const rule of rules.filter((each) => each.source !== '/:path*')) {
      expect(rule.headers.filter(({ key }) => keys.has(key.toLowerCase()))).toEqual([])
    }
  })
})
