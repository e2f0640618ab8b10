import { RoleAtOrganisation } from '@/components/SpeakerByline'
import type { SpeakerAppearance } from '@/lib/queries/speakers'

// What a speaker's timeline says under each session.
export const spokeAs = ({ roles }: SpeakerAppearance) =>
  roles
    .filter((spoke) => spoke.role || spoke.organisation)
    .map((spoke, index) => (
      <p key={index} className="timeline__role">
        Spoke as <RoleAtOrganisation role={spoke.role} organisation={spoke.organisation} />
      </p>
    ))
