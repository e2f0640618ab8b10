/**
 * The security headers sent with every response: pages, the API, the admin panel, 404s and
 * static files (next.config.ts applies them to every path). Built here, without imports, so
 * next.config.ts can load this file before the app's aliases exist and a test can read it.
 */
export type SecurityHeaderOptions = {
  /** `next build` / `next start`; false under `next dev`. */
  production: boolean
}

export type Header = { key: string; value: string }

/**
 * The Content-Security-Policy. Scripts and styles may come from this origin only, but inline ones
 * are allowed: Next.js streams each page's data to the browser as inline <script> tags, and the
 * Payload admin sets inline styles. The usual alternative, a per-request nonce, would force every
 * page to render on each request, while the public pages are pre-rendered and served from cache.
 * What keeps injected markup from mattering is that the site renders no HTML from users (rich text
 * is rendered by Lexical into React elements), which this policy backs up by blocking scripts,
 * frames, plugins, forms and <base> from anywhere else.
 *
 * Development adds what `next dev` needs: eval for React's debugging and fast refresh, and
 * WebSockets for hot reloading.
 */
export function contentSecurityPolicy({ production }: SecurityHeaderOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    'style-src': ["'self'", "'unsafe-inline'"],
    // data: and blob: are the admin's upload previews and Next's blur placeholders.
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // blob: is the admin reading back the file chosen for an upload (its preview and crop tools).
    'connect-src': ["'self'", 'blob:', ...(production ? [] : ['ws:', 'wss:'])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    // Live preview shows the site in an iframe inside the admin, on this same origin.
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

export function securityHeaders(options: SecurityHeaderOptions): Header[] {
  const headers: Header[] = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()',
    },
    // Windows this site opens (preview tabs) share nothing with pages of other origins.
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (options.production) {
    // Two years, as browsers' preload lists ask; sent over HTTP it is ignored, so a local
    // production build on http://localhost is unaffected.
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' })
  }
  return headers
}
