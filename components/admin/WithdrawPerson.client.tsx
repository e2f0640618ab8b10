'use client'

import { useId, useState } from 'react'

import { useDocumentApi } from '@/components/admin/useDocumentApi'

type Kind = 'anonymise' | 'erase'
type Preview = { confirmWith: string; changes: string[] }
type Step =
  | { at: 'idle' }
  | { at: 'confirming'; kind: Kind; preview: Preview; typed: string; busy: boolean }
  | { at: 'done'; kind: Kind; message: string }

const TITLES: Record<Kind, string> = {
  anonymise: 'Anonymise this person',
  erase: 'Erase this person',
}

const errorOf = async (response: Response) =>
  ((await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null)
    ?.errors?.[0]?.message ?? `The server answered ${response.status}.`

/**
 * A person's request to leave the public record (lib/consent/withdrawal.ts): the server says what
 * will change, and the staff member types the person's name to confirm. Editors may anonymise;
 * only admins erase. The server checks both again.
 */
export function WithdrawPerson() {
  const { id, role, admin, api } = useDocumentApi()
  const inputId = useId()
  const [step, setStep] = useState<Step>({ at: 'idle' })
  const [error, setError] = useState<string | null>(null)
  if (!id || (role !== 'admin' && role !== 'editor')) return null
  const kinds: Kind[] = role === 'admin' ? ['anonymise', 'erase'] : ['anonymise']
  const url = (kind: Kind) => `${api}/speakers/${id}/${kind}`

  const open = async (kind: Kind) => {
    setError(null)
    const response = await fetch(url(kind), { credentials: 'include' })
    if (!response.ok) return setError(await errorOf(response))
    const preview = (await response.json()) as Preview
    setStep({ at: 'confirming', kind, preview, typed: '', busy: false })
  }

  const confirm = async () => {
    if (step.at !== 'confirming') return
    setStep({ ...step, busy: true })
    setError(null)
    const response = await fetch(url(step.kind), {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ confirm: step.typed }),
    })
    if (!response.ok) {
      setStep({ ...step, busy: false })
      return setError(await errorOf(response))
    }
    const { summary } = (await response.json()) as { summary: string }
    setStep({ at: 'done', kind: step.kind, message: summary })
  }

  return (
    <div className="field-type withdraw-person">
      <p className="field-description">
        When someone asks to leave the public record. Anonymising hides everything about them and
        keeps it for staff; erasing deletes it for good.
      </p>
      {step.at === 'idle' &&
        kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => void open(kind)}
          >
            {TITLES[kind]}…
          </button>
        ))}
      {step.at === 'confirming' && (
        <div role="dialog" aria-labelledby={`${inputId}-title`} className="withdraw-person__dialog">
          <h4 id={`${inputId}-title`}>{TITLES[step.kind]}</h4>
          <ul>
            {step.preview.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
          <label htmlFor={inputId}>
            Type their name, <strong>{step.preview.confirmWith}</strong>, to confirm
          </label>
          <input
            id={inputId}
            type="text"
            autoComplete="off"
            value={step.typed}
            onChange={(event) => setStep({ ...step, typed: event.target.value })}
          />
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            disabled={step.busy || step.typed.trim() !== step.preview.confirmWith.trim()}
            onClick={() => void confirm()}
          >
            {step.kind === 'erase' ? 'Erase for good' : 'Anonymise'}
          </button>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => setStep({ at: 'idle' })}
          >
            Cancel
          </button>
        </div>
      )}
      {step.at === 'done' && (
        <p role="status">
          {step.message}{' '}
          {step.kind === 'erase' ? (
            // Their record is gone: what is left is the shared erased record.
            <a href={`${admin}/collections/speakers`}>Back to the speakers</a>
          ) : (
            <>
              <a href={window.location.pathname}>Reload the record</a> to see it.
            </>
          )}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </div>
  )
}
