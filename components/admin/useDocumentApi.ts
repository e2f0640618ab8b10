'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'

/** For a document's sidebar actions: its id, the signed-in role, and the admin's and API's base paths. */
export function useDocumentApi() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  return { id, role: user?.role, admin, api }
}
