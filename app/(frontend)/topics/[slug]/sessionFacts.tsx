import { sessionFormatLabels } from '@/lib/labels'
import type { Session } from '@/payload-types'

// What a topic's timeline says under each session.
export const sessionFacts = ({ session }: { session: Pick<Session, 'format' | 'position'> }) => (
  <p className="meta">
    {sessionFormatLabels[session.format]} · Session {session.position}
  </p>
)
