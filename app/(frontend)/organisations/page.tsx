import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { countryName } from '@/lib/countries'
import { generateMeta } from '@/lib/generateMeta'
import { organisationKindLabels } from '@/lib/labels'
import { listOrganisations } from '@/lib/queries/organisations'
import { paths } from '@/lib/urls'

const title = 'Organisations'
const description =
  'The members, partners and institutions whose people have spoken at PICUM’s General Assemblies, and whose wins the network has shared.'

export const metadata: Metadata = generateMeta({ title, description, path: paths.organisations() })

export default async function OrganisationsPage() {
  const organisations = await listOrganisations()
  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={title} />
      <PageHeader title={title} lede={description} />
      {organisations.length === 0 ? (
        <p>No organisation has been published yet.</p>
      ) : (
        <ul className="entry-list">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="entry-list__item">
              <h2 className="entry-list__title">
                {organisation.slug ? (
                  <Link href={paths.organisation(organisation.slug)}>{organisation.name}</Link>
                ) : (
                  organisation.name
                )}
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
      )}
      <AdminBar record={{ collection: 'organisations' }} />
    </div>
  )
}
