import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Everything the app knows about Next.js beyond its documented API, in one place: error texts it
 * throws outside a request, the names of its build files and cookies. tests/int/compat/next.test.ts
 * checks each against the installed Next.js, so an upgrade that changes one fails there, not in
 * production.
 */

/** Inside the Next.js server (Next sets NEXT_RUNTIME there; scripts and jest never have it). */
export const inNextServer = (): boolean => process.env.NEXT_RUNTIME === 'nodejs'

/** `next build` is rendering pages: Payload loads, but no server will run in this process. */
export const inNextBuild = (): boolean => process.env.NEXT_PHASE === 'phase-production-build'

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : '')

/** What `revalidateTag`/`revalidatePath` throw outside a request (a script, a timer, jest). */
export const isRevalidationOutsideRequest = (error: unknown): boolean =>
  messageOf(error).includes('static generation store missing')

/** What `unstable_cache` throws where there is no Next.js cache (jest, scripts). */
export const isMissingIncrementalCache = (error: unknown): boolean =>
  messageOf(error).startsWith('Invariant: incrementalCache missing')

/** What `draftMode()` and `headers()` throw outside a request. */
export const isOutsideRequestScope = (error: unknown): boolean =>
  messageOf(error).includes('was called outside a request scope')

/** The cookie Next.js sets while draft mode is on (next/dist/server/api-utils). */
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** Next's list of the pages it rendered at build (next/dist/shared/lib/constants). */
export const PRERENDER_MANIFEST = 'prerender-manifest.json'

let prerendered: Set<string> | undefined

/**
 * The addresses `next build` pre-rendered, read once from its manifest; empty under `next dev`,
 * which has none.
 */
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
