import { draftMode } from 'next/headers'

import { safeSitePath } from '@/lib/preview'
import { paths } from '@/lib/urls'

/**
 * `/next/exit-preview?path=/assemblies/2026`: leaves draft mode and goes back to the page (or to
 * the home page when `path` is not a path on this site), now as visitors see it.
 */
export async function GET(request: Request): Promise<Response> {
  const path = safeSitePath(new URL(request.url).searchParams.get('path')) ?? paths.home()
  const draft = await draftMode()
  draft.disable()
  return new Response(null, {
    status: 307,
    headers: { 'Cache-Control': 'no-store', Location: path },
  })
}
