import type { PayloadRequest } from 'payload'

import { CONSENT_FACTS, CONSENT_FLAGS } from '@/lib/consent'

export const AUDIT_ACTIONS = [
  { label: 'Consent changed', value: 'consent' },
  { label: 'Data exported', value: 'export' },
  { label: 'Anonymised', value: 'anonymise' },
  { label: 'Erased', value: 'erase' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

export type StoredConsent = Partial<Record<string, unknown>> | null | undefined

/** What a consent says: the boxes and how it was given, not who recorded it. */
const AUDITED = [...CONSENT_FACTS.map((fact) => CONSENT_FLAGS[fact]), 'basis', 'givenOn', 'method']

const factOf = (key: string) => CONSENT_FACTS.find((fact) => CONSENT_FLAGS[fact] === key)

const said = (key: string, value: unknown): string => {
  if (factOf(key)) return value === true ? 'shown' : 'withheld'
  return value === null || value === undefined || value === '' ? 'not recorded' : String(value)
}

export type ConsentChanges = Record<string, [unknown, unknown]>

export function consentChanges(before: StoredConsent, after: StoredConsent): ConsentChanges {
  const changes: ConsentChanges = {}
  for (const key of AUDITED) {
    const was = before?.[key] ?? null
    const now = after?.[key] ?? null
    if (was !== now) changes[key] = [was, now]
  }
  return changes
}

export function describeChanges(changes: ConsentChanges): string {
  return Object.entries(changes)
    .map(([key, [was, now]]) => `${factOf(key) ?? key}: ${said(key, was)} → ${said(key, now)}`)
    .join('; ')
}

/** Written in the request's transaction: the entry and the change commit or fail together. */
export async function writeAudit(
  req: PayloadRequest,
  entry: { action: AuditAction; speaker: number; summary: string; changes?: ConsentChanges },
): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: { ...entry, actor: req.user?.id ?? null },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
