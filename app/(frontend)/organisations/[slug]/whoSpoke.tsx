import { SpeakerLink } from '@/components/SpeakerByline'
import type { OrganisationAppearance } from '@/lib/queries/organisations'

// What an organisation's timeline says under each session: who spoke for it.
export const whoSpoke = ({ speakers }: OrganisationAppearance) =>
  speakers.length > 0 ? (
    <ul className="timeline__people">
      {speakers.map(({ speaker, role }) => (
        <li key={speaker.id}>
          <SpeakerLink speaker={speaker} />
          {role ? `, ${role}` : null}
        </li>
      ))}
    </ul>
  ) : null
