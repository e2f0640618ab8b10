import { Avatar } from '@/components/Avatar'
import { RecordLink } from '@/components/RecordLink'
import { organisationName, type WithheldOrganisation, withheldOrganisation } from '@/lib/format'
import { populated } from '@/lib/populated'
import { paths } from '@/lib/urls'
import type { Media, Organisation, Speaker } from '@/payload-types'

type OrganisationLink = Pick<Organisation, 'id' | 'name' | 'acronym' | 'slug'>

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
      {/* One text node: two would be written with a <!-- --> between them. */}
      {role && org ? `${role}, ` : role}
      {org ? (
        <RecordLink href={org.slug ? paths.organisation(org.slug) : null}>
          {organisationName(org)}
        </RecordLink>
      ) : null}
    </>
  )
}

// The year is always shown, so a recorded role never passes for what they do today.
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
 * Someone who did not agree to be named reaches the page without a name, address or photo
 * (lib/consent): they are "A speaker from" the organisation they spoke for, or, if they withheld
 * that too, from "a member organisation in <country>" (`from`, their contribution).
 */
export function SpeakerLink({
  speaker,
  organisation,
  from,
  className,
}: {
  speaker: Pick<Speaker, 'slug'> & { name?: string | null }
  organisation?: number | OrganisationLink | null
  from?: WithheldOrganisation
  className?: string
}) {
  if (!speaker.name) {
    const org = populated(organisation)
    const instead = org || !from ? null : withheldOrganisation(from)
    return (
      <span className={className}>
        {org ? 'A speaker from ' : instead ? `A speaker from ${instead}` : 'A speaker'}
        {org ? (
          <RecordLink href={org.slug ? paths.organisation(org.slug) : null}>
            {organisationName(org)}
          </RecordLink>
        ) : null}
      </span>
    )
  }
  return (
    <RecordLink className={className} href={speaker.slug ? paths.speaker(speaker.slug) : null}>
      {speaker.name}
    </RecordLink>
  )
}

export function SpeakerByline({
  speaker,
  role,
  organisation,
  from,
}: {
  speaker: BylineSpeaker
  role?: string | null
  organisation?: number | OrganisationLink | null
  from?: WithheldOrganisation
}) {
  if (!speaker.name) {
    return (
      <div className="byline">
        <p className="byline__text">
          <SpeakerLink
            className="byline__name"
            speaker={speaker}
            organisation={organisation}
            from={from}
          />
        </p>
      </div>
    )
  }
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
