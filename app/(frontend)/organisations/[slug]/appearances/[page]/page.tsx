import { whoSpoke } from '@/app/(frontend)/organisations/[slug]/whoSpoke'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PagedRecordList, pagedListMetadata, pageLabel } from '@/components/PagedRecordList'
import { laterPagesRoute } from '@/components/RecordRoute'
import { getOrganisationAppearances } from '@/lib/queries/organisations'
import { pagedPaths, paths } from '@/lib/urls'

const route = laterPagesRoute(paths.organisation, getOrganisationAppearances)

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ organisation, appearances }) =>
  pagedListMetadata(
    `${organisation.name} at the General Assemblies, ${pageLabel(appearances)}`,
    pagedPaths.organisationAppearances(organisation.slug ?? '', appearances.page),
  ),
)

export default route.page(function OrganisationAppearancesPage({ organisation, appearances }) {
  const slug = organisation.slug ?? ''
  return (
    <PagedRecordList
      record={{ collection: 'organisations', id: organisation.id }}
      trail={[
        { href: paths.organisations(), label: 'Organisations' },
        { href: paths.organisation(slug), label: organisation.name },
      ]}
      title={`${organisation.name} at the General Assemblies`}
      lede={`${appearances.total} sessions its people spoke at, newest first.`}
      paging={appearances}
      hrefFor={(page) => pagedPaths.organisationAppearances(slug, page)}
    >
      <AppearanceTimeline
        title={`Sessions, ${pageLabel(appearances)}`}
        appearances={appearances.items}
        detail={whoSpoke}
      />
    </PagedRecordList>
  )
})
