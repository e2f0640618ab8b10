'use client'

import { usePathname } from 'next/navigation'
import { useSyncExternalStore } from 'react'

import { checkRole } from '@/access/checkRole'
import { adminHref, exitPreviewHref, previewHref } from '@/lib/preview/links'
import { clearedStaffHintCookie } from '@/lib/preview/staffHint'
import type { User } from '@/payload-types'

export type AdminBarRecord = { collection: string; id?: number | string }

type SignedIn = { email: string }

// Loaded by StaffBar only where the staff hint cookie is set. Asked once per page load, outside
// React: the answer does not depend on the page.
let signedIn: SignedIn | null = null
let asked = false
const listeners = new Set<() => void>()

async function askWhoIsSignedIn(): Promise<SignedIn | null> {
  // Inside the admin's live preview pane the admin is already there: no bar, and no request.
  if (window.parent !== window) return null
  try {
    const response = await fetch('/api/users/me?depth=0', {
      credentials: 'include',
      cache: 'no-store',
    })
    if (!response.ok) return null
    const { user } = (await response.json()) as { user?: Pick<User, 'email' | 'role'> | null }
    if (user && checkRole(['admin', 'editor'], user)) return { email: user.email }
    // Signed out (or the session expired): forget the hint, so the next page asks nothing.
    document.cookie = clearedStaffHintCookie({ secure: window.location.protocol === 'https:' })
    return null
  } catch {
    // The bar is a convenience: the page works without it.
    return null
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!asked) {
    asked = true
    void askWhoIsSignedIn().then((answer) => {
      signedIn = answer
      for (const notify of listeners) notify()
    })
  }
  return () => {
    listeners.delete(listener)
  }
}

const useSignedInStaff = () =>
  useSyncExternalStore(
    subscribe,
    () => signedIn,
    () => null,
  )

export function AdminBarClient({ record, preview }: { record: AdminBarRecord; preview: boolean }) {
  const staff = useSignedInStaff()
  const pathname = usePathname() ?? '/'
  if (!staff) return null
  // Plain links: the admin and the preview routes (cookie, redirect) need a full request.
  return (
    <section className="admin-bar" aria-label="Staff tools">
      <ul className="admin-bar__actions">
        <li>
          <a href={adminHref(record.collection, record.id)}>
            {record.id === undefined ? 'Open in the admin' : 'Edit this page'}
          </a>
        </li>
        <li>
          {preview ? (
            <a href={exitPreviewHref(pathname)}>Exit preview</a>
          ) : (
            <a href={previewHref(pathname)}>Preview</a>
          )}
        </li>
      </ul>
      <p className="admin-bar__who">
        Signed in as <span className="admin-bar__email">{staff.email}</span>
      </p>
    </section>
  )
}
