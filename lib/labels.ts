import { ORGANISATION_KINDS, PICUM_MEMBERSHIP } from '@/lib/organisationOptions'
import type { Organisation, Session, Win } from '@/payload-types'

/**
 * The words the public site uses for stored option values. Typed against the generated types, so
 * a new option in a collection fails the type check here until it has a label.
 */
export const sessionFormatLabels: Record<Session['format'], string> = {
  plenary: 'Plenary',
  panel: 'Panel',
  workshop: 'Workshop',
  other: 'Session',
}

type Resource = NonNullable<Session['resources']>[number]

export const resourceKindLabels: Record<Resource['kind'], string> = {
  report: 'Report',
  toolkit: 'Toolkit',
  judgment: 'Judgment',
  recording: 'Recording',
  other: 'Resource',
}

export const winLevelLabels: Record<Win['level'], string> = {
  local: 'Local',
  national: 'National',
  eu: 'EU',
  international: 'International',
}

export const winKindLabels: Record<Win['kind'], string> = {
  legislation: 'Legislation',
  regularisation: 'Regularisation',
  'court-judgment': 'Court judgment',
  policy: 'Policy',
  'labour-rights': 'Labour rights',
  other: 'Other',
}

export const organisationKindLabels = Object.fromEntries(
  ORGANISATION_KINDS.map(({ label, value }) => [value, label]),
) as Record<Organisation['kind'], string>

export const picumMembershipLabels = Object.fromEntries(
  PICUM_MEMBERSHIP.map(({ label, value }) => [value, label]),
) as Record<NonNullable<Organisation['picumMembership']>, string>
