import { RecordLink } from '@/components/RecordLink'
import { organisationName } from '@/lib/format'
import { paths } from '@/lib/urls'

type Organisation = Parameters<typeof organisationName>[0] & { id: number; slug?: string | null }

export function OrganisationsFact({
  organisations,
  label,
}: {
  organisations: Organisation[]
  label: string
}) {
  if (organisations.length === 0) return null
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <ul className="inline-list">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <RecordLink href={organisation.slug ? paths.organisation(organisation.slug) : null}>
                {organisationName(organisation)}
              </RecordLink>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  )
}
