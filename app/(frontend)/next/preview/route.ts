import { draftMode } from 'next/headers'

import { safeSitePath } from '@/lib/preview'
import { authenticateStaff } from '@/lib/preview'

const noStore = { 'Cache-Control': 'no-store' }

const refuse = (status: 400 | 403, message: string): Response =>
  new Response(message, {
    status,
    headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' },
  })

/**
 * Draft mode for staff only; `path` must be on this site, so the route is no open redirect.
 * https://nextjs.org/docs/app/guides/draft-mode
 */
export async function GET(request: Request): Promise<Response> {
  const path = safeSitePath(new URL(request.url).searchParams.get('path'))
  if (!path) {
    return refuse(400, 'A preview opens a page of this site: ?path=/assemblies/2026, for example.')
  }
  const draft = await draftMode()
  const staff = await authenticateStaff(request.headers)
  if (!staff) {
    // A draft-mode cookie left over from an earlier staff session goes too.
    draft.disable()
    return refuse(
      403,
      'Previews are for PICUM staff. Sign in at /admin, then open the preview again.',
    )
  }
  draft.enable()
  return new Response(null, { status: 307, headers: { ...noStore, Location: path } })
}
