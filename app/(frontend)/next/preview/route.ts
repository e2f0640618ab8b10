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
 * `/next/preview?path=/assemblies/2026`: where the admin's Preview button and live preview pane
 * open a page. Payload authenticates the request from the admin's session cookie; an editor or
 * admin gets Next.js draft mode and is sent to the page, which then reads the latest drafts as
 * them (lib/preview/viewer.ts). Everyone else is refused. `path` must be a path on this site,
 * so the route cannot be used to send anyone elsewhere.
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
