import { RecordLink } from '@/components/RecordLink'
import { RichText } from '@/components/RichText'
import { SpeakerByline } from '@/components/SpeakerByline'
import { sessionFormatLabels } from '@/lib/labels'
import { populated } from '@/lib/populated'
import type { AssemblyPage } from '@/lib/queries/assemblies'
import { paths } from '@/lib/urls'

// Sits under an h2; each session title is an h3.
export function ProgrammeList({
  year,
  sessions,
  withSummaries = false,
}: {
  year: number
  sessions: AssemblyPage['sessions']
  withSummaries?: boolean
}) {
  return (
    <ol className="programme">
      {sessions.map((session) => {
        const contributions = (session.contributions ?? []).flatMap((contribution) => {
          const speaker = populated(contribution.speaker)
          return speaker ? [{ ...contribution, speaker }] : []
        })
        return (
          <li key={session.id} className="programme__item">
            <p className="programme__meta">
              Session {session.position} · {sessionFormatLabels[session.format]}
            </p>
            <h3 className="programme__title">
              <RecordLink href={session.slug ? paths.session(year, session.slug) : null}>
                {session.title}
              </RecordLink>
            </h3>
            {withSummaries ? <RichText data={session.summary} headingLevel={4} /> : null}
            {contributions.length > 0 ? (
              <ul className="byline-list" aria-label={`Speakers: ${session.title}`}>
                {contributions.map((contribution) => (
                  <li key={contribution.id ?? contribution.speaker.id}>
                    <SpeakerByline
                      speaker={contribution.speaker}
                      role={contribution.roleAtTheTime}
                      organisation={contribution.organisationAtTheTime}
                      from={contribution}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
