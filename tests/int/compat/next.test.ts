/**
 * Contract tests for lib/compat/next.ts: each fact the app reads from Next.js beyond its
 * documented API, checked against the installed version. When an upgrade changes one, this file
 * fails, not a page in production.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { revalidateTag, unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'

import {
  DRAFT_MODE_COOKIE,
  inNextBuild,
  inNextServer,
  isMissingIncrementalCache,
  isOutsideRequestScope,
  isRevalidationOutsideRequest,
  PRERENDER_MANIFEST,
} from '@/lib/compat/next'

const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'))
const source = (file: string) => readFileSync(path.join(nextDir, 'dist', file), 'utf8')

const thrownBy = async (run: () => unknown): Promise<unknown> => {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected it to throw')
}

describe('what Next.js throws outside a request', () => {
  it('unstable_cache: incremental cache missing', async () => {
    const error = await thrownBy(() => unstable_cache(async () => 1, ['compat'])())
    expect(isMissingIncrementalCache(error)).toBe(true)
    expect(isMissingIncrementalCache(new Error('something else'))).toBe(false)
  })

  it('revalidateTag: static generation store missing', async () => {
    const error = await thrownBy(() => revalidateTag('compat', { expire: 0 }))
    expect(isRevalidationOutsideRequest(error)).toBe(true)
    expect(isRevalidationOutsideRequest(new Error('something else'))).toBe(false)
  })

  it('draftMode: called outside a request scope', async () => {
    const error = await thrownBy(() => draftMode())
    expect(isOutsideRequestScope(error)).toBe(true)
    expect(isOutsideRequestScope('not an error')).toBe(false)
  })
})

describe('names Next.js uses', () => {
  it('the draft-mode cookie', () => {
    expect(source('server/api-utils/index.js')).toContain(
      `COOKIE_NAME_PRERENDER_BYPASS = \`${DRAFT_MODE_COOKIE}\``,
    )
  })

  it('the pre-render manifest', () => {
    expect(source('shared/lib/constants.js')).toContain(
      `PRERENDER_MANIFEST = '${PRERENDER_MANIFEST}'`,
    )
  })

  it('the environment it sets in its server and during a build', () => {
    expect(source('bin/next')).toContain("process.env.NEXT_RUNTIME = 'nodejs'")
    expect(source('build/index.js')).toMatch(
      /process\.env\.NEXT_PHASE = \w+\.PHASE_PRODUCTION_BUILD/,
    )
    expect(source('shared/lib/constants.js')).toContain(
      "PHASE_PRODUCTION_BUILD = 'phase-production-build'",
    )
    // jest is neither.
    expect(inNextServer()).toBe(false)
    expect(inNextBuild()).toBe(false)
  })
})
