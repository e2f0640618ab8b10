import { populated, relationId, uniqueIds } from '@/lib/populated'
import type { AssemblyPage } from '@/lib/queries/assemblies'

export function AssemblyFacts({ sessions, wins }: Pick<AssemblyPage, 'sessions' | 'wins'>) {
  const contributions = sessions.flatMap((session) => session.contributions ?? [])
  const speakers = uniqueIds(
    contributions.map((contribution) => populated(contribution.speaker)?.id ?? null),
  )
  const organisations = uniqueIds(
    contributions.map((contribution) =>
      populated(contribution.organisationAtTheTime)
        ? relationId(contribution.organisationAtTheTime)
        : null,
    ),
  )
  const facts = [
    { value: sessions.length, one: 'session', many: 'sessions' },
    { value: speakers.length, one: 'speaker', many: 'speakers' },
    { value: organisations.length, one: 'organisation', many: 'organisations' },
    { value: wins.length, one: 'win', many: 'wins' },
  ].filter((fact) => fact.value > 0)
  if (facts.length === 0) return null
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <div key={fact.many} className="facts__item">
          <dt className="facts__label">{fact.value === 1 ? fact.one : fact.many}</dt>
          <dd className="facts__value">{fact.value}</dd>
        </div>
      ))}
    </dl>
  )
}
