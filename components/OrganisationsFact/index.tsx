import Link from 'next/link'

import { organisationName } from '@/lib/format'
import { paths } from '@/lib/urls'

type Organisation = Parameters<typeof organisationName>[0] & { id: number; slug?: string | null }

/** A win's organisations as one entry of a fact list (<dl>), each linked to its page. */
export function OrganisationsFact({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return null
  return (
    <div>
      <dt>{organisations.length === 1 ? 'Organisation' : 'Organisations'}</dt>
      <dd>
        <ul className="inline-list">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              {organisation.slug ? (
                <Link href={paths.organisation(organisation.slug)}>
                  {organisationName(organisation)}
                </Link>
              ) : (
                organisationName(organisation)
              )}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  )
}
