import { organisationKinds } from '@/lib/options/organisationKinds'
import { picumMembership } from '@/lib/options/picumMembership'
import { resourceKinds } from '@/lib/options/resourceKinds'
import { sessionFormats } from '@/lib/options/sessionFormats'
import { winKinds } from '@/lib/options/winKinds'
import { winLevels } from '@/lib/options/winLevels'

export const sessionFormatLabels = sessionFormats.labels
export const resourceKindLabels = resourceKinds.labels
export const winLevelLabels = winLevels.labels
export const winKindLabels = winKinds.labels
export const organisationKindLabels = organisationKinds.labels
export const picumMembershipLabels = picumMembership.labels
