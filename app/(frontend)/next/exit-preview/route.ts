import { draftMode } from 'next/headers'

import { safeSitePath } from '@/lib/preview'
import { paths } from '@/lib/urls'

export async function GET(request: Request): Promise<Response> {
  const path = safeSitePath(new URL(request.url).searchParams.get('path')) ?? paths.home()
  const draft = await draftMode()
  draft.disable()
  return new Response(null, {
    status: 307,
    headers: { 'Cache-Control': 'no-store', Location: path },
  })
}
