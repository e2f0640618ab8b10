import { Avatar } from '@/components/Avatar'
import { RecordLink } from '@/components/RecordLink'
import { organisationName } from '@/lib/format'
import { populated } from '@/lib/populated'
import { paths } from '@/lib/urls'
import type { Media, Organisation, Speaker } from '@/payload-types'

type OrganisationLink = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

/**
 * "Director, Red Acoge": a role and the organisation it was held at, either of which may be
 * missing. The organisation links to its page when it is public.
 */
export function RoleAtOrganisation({
  role,
  organisation,
}: {
  role?: string | null
  organisation?: number | OrganisationLink | null
}) {
  const org = populated(organisation)
  if (!role && !org) return null
  return (
    <>
      {role}
      {role && org ? ', ' : null}
      {org ? (
        <RecordLink href={org.slug ? paths.organisation(org.slug) : null}>
          {organisationName(org)}
        </RecordLink>
      ) : null}
    </>
  )
}

/**
 * A speaker's role and organisation as the record holds them: true in the year they were
 * recorded, so the year is always shown ("Director, Red Acoge (2025)") and the line never passes
 * for what they do today. Nothing when neither is recorded.
 */
export function RecordedRole({
  speaker: { role, organisation, roleRecordedIn: year },
  className,
}: {
  speaker: {
    role?: string | null
    organisation?: number | OrganisationLink | null
    roleRecordedIn?: number | null
  }
  className: string
}) {
  if (!role && !populated(organisation)) return null
  return (
    <p className={className}>
      <RoleAtOrganisation role={role} organisation={organisation} />
      {year ? (
        <span className="recorded-in">
          {' ('}
          <span className="visually-hidden">as recorded in </span>
          {year})
        </span>
      ) : null}
    </p>
  )
}

type BylineSpeaker = Pick<Speaker, 'id' | 'name' | 'slug'> & { photo?: number | Media | null }

/**
 * A speaker's name, linked to their page when it has an address: every place the site names a
 * speaker goes through here.
 */
export function SpeakerLink({
  speaker,
  className,
}: {
  speaker: Pick<Speaker, 'name' | 'slug'>
  className?: string
}) {
  return (
    <RecordLink className={className} href={speaker.slug ? paths.speaker(speaker.slug) : null}>
      {speaker.name}
    </RecordLink>
  )
}

/** A speaker with their photo or initials, linked to their page, and the role they spoke in. */
export function SpeakerByline({
  speaker,
  role,
  organisation,
}: {
  speaker: BylineSpeaker
  role?: string | null
  organisation?: number | OrganisationLink | null
}) {
  return (
    <div className="byline">
      <Avatar name={speaker.name} photo={speaker.photo} size="sm" />
      <p className="byline__text">
        <SpeakerLink className="byline__name" speaker={speaker} />
        {role || populated(organisation) ? (
          <span className="byline__role">
            <RoleAtOrganisation role={role} organisation={organisation} />
          </span>
        ) : null}
      </p>
    </div>
  )
}
