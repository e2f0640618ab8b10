import Link from 'next/link'

import { type Listing, ListingPage, listingMetadata } from '@/components/ListingPage'
import { formatDateRange, formatPlace } from '@/lib/format'
import { listAssemblies } from '@/lib/queries/assemblies'
import { paths } from '@/lib/urls'

const listing: Listing = {
  title: 'General Assemblies',
  description:
    'Every General Assembly of PICUM on record, year by year: its theme, its programme, who spoke and the wins presented.',
  path: paths.assemblies(),
  collection: 'assemblies',
}

export const metadata = listingMetadata(listing)

export default async function AssembliesPage() {
  const assemblies = await listAssemblies()
  return (
    <ListingPage
      listing={listing}
      empty={assemblies.length === 0 && 'No assembly has been published yet.'}
    >
      <ol className="year-list">
        {assemblies.map((assembly) => {
          const when = formatDateRange(assembly.startDate, assembly.endDate)
          const where = formatPlace(assembly.city, assembly.country)
          return (
            <li key={assembly.id} className="year-list__item">
              <p className="year-list__year" aria-hidden="true">
                {assembly.year}
              </p>
              <div>
                <h2 className="year-list__title">
                  <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
                </h2>
                {assembly.theme ? <p className="year-list__theme">{assembly.theme}</p> : null}
                {when || where ? (
                  <p className="meta">{[when, where].filter(Boolean).join(' · ')}</p>
                ) : null}
              </div>
            </li>
          )
        })}
      </ol>
    </ListingPage>
  )
}
