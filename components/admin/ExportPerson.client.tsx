'use client'

import { useDocumentApi } from '@/components/admin/useDocumentApi'

// A plain link: the browser sends the admin's session cookie, and the server checks the role.
export function ExportPerson() {
  const { id, role, api } = useDocumentApi()
  if (!id || role !== 'admin') return null
  return (
    <div className="field-type export-person">
      <p className="field-description">
        Everything the record holds about this person, as one JSON file, for a subject access
        request. The export is recorded in the audit log.
      </p>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`${api}/speakers/${id}/export`}
        download
      >
        Export their data
      </a>
    </div>
  )
}
