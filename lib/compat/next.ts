import { readFileSync } from 'node:fs'
import path from 'node:path'

// Next internals the app relies on; tests/int/compat/next.test.ts checks each against Next.

// Next sets NEXT_RUNTIME in its server; scripts and jest never have it.
export const inNextServer = (): boolean => process.env.NEXT_RUNTIME === 'nodejs'

export const inNextBuild = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : '')

export const isRevalidationOutsideRequest = (error: unknown): boolean =>
  messageOf(error).includes('static generation store missing')

export const isMissingIncrementalCache = (error: unknown): boolean =>
  messageOf(error).startsWith('Invariant: incrementalCache missing')

export const isOutsideRequestScope = (error: unknown): boolean =>
  messageOf(error).includes('was called outside a request scope')

// next/dist/server/api-utils
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

// next/dist/shared/lib/constants
export const PRERENDER_MANIFEST = 'prerender-manifest.json'

let prerendered: Set<string> | undefined

export function prerenderedRoutes(): Set<string> {
  if (prerendered) return prerendered
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(process.cwd(), '.next', PRERENDER_MANIFEST), 'utf8'),
    ) as { routes?: Record<string, unknown> }
    prerendered = new Set(Object.keys(manifest.routes ?? {}))
  } catch {
    prerendered = new Set()
  }
  return prerendered
}
