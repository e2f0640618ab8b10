import 'server-only'

import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { checkRole } from '@/access/checkRole'
import { isOutsideRequestScope } from '@/lib/compat/next'
import { getPayloadClient } from '@/lib/payload'

// A preview reads through the same access rules as its user, so it shows nothing they may not read.
export type Viewer = { draft: boolean; user?: TypedUser }

export const publicViewer: Viewer = { draft: false }

// https://nextjs.org/docs/app/guides/draft-mode
export async function isDraftModeEnabled(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch (error) {
    if (isOutsideRequestScope(error)) return false
    throw error
  }
}

// https://payloadcms.com/docs/local-api/server-functions#auth
export async function authenticateStaff(requestHeaders: Headers): Promise<TypedUser | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return checkRole(['admin', 'editor'], user) ? user : null
}

// Both are needed: the draft-mode cookie outlives a signed-out Payload session.
export const getPreviewViewer = cache(async (): Promise<Viewer | null> => {
  if (!(await isDraftModeEnabled())) return null
  const user = await authenticateStaff(new Headers(await headers()))
  return user ? { draft: true, user } : null
})
