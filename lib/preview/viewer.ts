import 'server-only'

import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { checkRole } from '@/access/checkRole'
import { isOutsideRequestScope } from '@/lib/compat/next'
import { getPayloadClient } from '@/lib/payload'

/**
 * Whom a query reads as. The public reads the published record; a preview reads the latest
 * drafts as the signed-in staff member, through the same access rules (`overrideAccess: false`
 * with their `user`), so a preview shows exactly what that person may read and nothing more.
 * Every query spreads it into its Local API calls.
 */
export type Viewer = { draft: boolean; user?: TypedUser }

export const publicViewer: Viewer = { draft: false }

/**
 * Whether Next.js draft mode is on for this request. A statically generated page reads false at
 * build time and stays static; Next.js renders the page per request, and never caches it, only
 * when the draft-mode cookie that the preview route sets comes with the request.
 * https://nextjs.org/docs/app/guides/draft-mode
 */
export async function isDraftModeEnabled(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch (error) {
    // Outside a Next.js request (jest, scripts) there is no draft mode to be in.
    if (isOutsideRequestScope(error)) return false
    throw error
  }
}

/**
 * The staff member (editor or admin) whose Payload session comes with these headers, or null.
 * Payload reads its own cookie (or an `Authorization: JWT` header) and checks it as for any API
 * request. https://payloadcms.com/docs/local-api/server-functions#auth
 */
export async function authenticateStaff(requestHeaders: Headers): Promise<TypedUser | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return checkRole(['admin', 'editor'], user) ? user : null
}

/**
 * The preview this request is entitled to: draft mode is on AND the request carries a staff
 * session. Both are needed: the draft-mode cookie outlives a signed-out Payload session, and a
 * signed-in editor browsing normally sees the published site. Shared by every query of a render.
 */
export const getPreviewViewer = cache(async (): Promise<Viewer | null> => {
  if (!(await isDraftModeEnabled())) return null
  const user = await authenticateStaff(new Headers(await headers()))
  return user ? { draft: true, user } : null
})
