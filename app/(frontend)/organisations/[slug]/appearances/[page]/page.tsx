import { redirect } from 'next/navigation'

import { whoSpoke } from '@/app/(frontend)/organisations/[slug]/whoSpoke'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PagedRecordList, pagedListMetadata, pageLabel } from '@/components/PagedRecordList'
import { recordRoute } from '@/components/RecordRoute'
import { parseSlug } from '@/lib/params'
import { getOrganisationAppearances } from '@/lib/queries/organisations'
import { pagedPaths, parsePageNumber, paths } from '@/lib/urls'

// Page 1 is the organisation's own page; these render on first visit and stay cached until a publish.
const route = recordRoute({
  addresses: async () => [],
  find: async ({ slug: rawSlug, page: rawPage }: { slug: string; page: string }) => {
    const slug = parseSlug(rawSlug)
    const page = parsePageNumber(rawPage)
    if (slug === null || page === null) return null
    if (page === 1) redirect(paths.organisation(slug))
    return getOrganisationAppearances(slug, page)
  },
})

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
