import { type Listing, ListingPage, listingMetadata } from '@/components/ListingPage'
import { RecordLink } from '@/components/RecordLink'
import { countryName } from '@/lib/countries'
import { organisationKindLabels } from '@/lib/labels'
import { listOrganisations } from '@/lib/queries/organisations'
import { paths } from '@/lib/urls'

const listing: Listing = {
  title: 'Organisations',
  description:
    'The members, partners and institutions whose people have spoken at PICUM’s General Assemblies, and whose wins the network has shared.',
  path: paths.organisations(),
  collection: 'organisations',
}

export const metadata = listingMetadata(listing)

export default async function OrganisationsPage() {
  const organisations = await listOrganisations()
  return (
    <ListingPage
      listing={listing}
      empty={organisations.length === 0 && 'No organisation has been published yet.'}
    >
      <ul className="entry-list">
        {organisations.map((organisation) => (
          <li key={organisation.id} className="entry-list__item">
            <h2 className="entry-list__title">
              <RecordLink href={organisation.slug ? paths.organisation(organisation.slug) : null}>
                {organisation.name}
              </RecordLink>
              {organisation.acronym && organisation.acronym !== organisation.name ? (
                <span className="entry-list__acronym"> ({organisation.acronym})</span>
              ) : null}
            </h2>
            <p className="meta">
              {[
                organisationKindLabels[organisation.kind],
                organisation.city,
                organisation.country ? countryName(organisation.country) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
    </ListingPage>
  )
}
