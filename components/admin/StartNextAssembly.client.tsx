'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

type Reply = { message?: string; doc?: { id: number }; errors?: Array<{ message?: string }> }

// The server checks the role.
export function StartNextAssembly() {
  const { id } = useDocumentInfo()
  const year = useFormFields(([fields]) => fields.year?.value) as number | undefined
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  const router = useRouter()
  const checkboxId = useId()
  const [copySessions, setCopySessions] = useState(true)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (!id || typeof year !== 'number') return null
  const next = year + 1

  const start = async () => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${api}/assemblies/${id}/start-next`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ copySessions }),
      })
      const reply = (await response.json().catch(() => ({}))) as Reply
      if (!response.ok || !reply.doc) {
        setError(reply.errors?.[0]?.message ?? `The ${next} assembly could not be created.`)
        return
      }
      toast.success(reply.message ?? `The ${next} assembly was created as a draft.`)
      router.push(`${admin}/collections/assemblies/${reply.doc.id}`)
    } catch {
      setError('The server could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Next year</p>
      <p className="field-description">
        Creates the {next} assembly as an unpublished draft. Its theme, intro, dates and venue are
        left for you to fill in. The public site keeps showing {year} until you publish {next}.
      </p>
      <p>
        <input
          id={checkboxId}
          type="checkbox"
          checked={copySessions}
          onChange={(event) => setCopySessions(event.target.checked)}
        />{' '}
        <label htmlFor={checkboxId}>Copy the session skeleton (titles, formats, order)</label>
      </p>
      <Button buttonStyle="secondary" disabled={busy} onClick={start} size="small">
        {busy ? 'Starting…' : 'Start the next assembly'}
      </Button>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
