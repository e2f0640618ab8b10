import { redirect } from 'next/navigation'

import { spokeAs } from '@/app/(frontend)/speakers/[slug]/spokeAs'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PagedRecordList, pagedListMetadata, pageLabel } from '@/components/PagedRecordList'
import { recordRoute } from '@/components/RecordRoute'
import { parseSlug } from '@/lib/params'
import { getSpeakerAppearances } from '@/lib/queries/speakers'
import { pagedPaths, parsePageNumber, paths } from '@/lib/urls'

// Page 1 is the speaker's own page; these render on first visit and stay cached until a publish.
const route = recordRoute({
  addresses: async () => [],
  find: async ({ slug: rawSlug, page: rawPage }: { slug: string; page: string }) => {
    const slug = parseSlug(rawSlug)
    const page = parsePageNumber(rawPage)
    if (slug === null || page === null) return null
    if (page === 1) redirect(paths.speaker(slug))
    return getSpeakerAppearances(slug, page)
  },
})

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ speaker, appearances }) =>
  pagedListMetadata(
    `${speaker.name} at the General Assemblies, ${pageLabel(appearances)}`,
    pagedPaths.speakerAppearances(speaker.slug ?? '', appearances.page),
  ),
)

export default route.page(function SpeakerAppearancesPage({ speaker, appearances }) {
  const slug = speaker.slug ?? ''
  return (
    <PagedRecordList
      record={{ collection: 'speakers', id: speaker.id }}
      trail={[
        { href: paths.speakers(), label: 'Speakers' },
        { href: paths.speaker(slug), label: speaker.name },
      ]}
      title={`${speaker.name} at the General Assemblies`}
      lede={`${appearances.total} sessions, newest first.`}
      paging={appearances}
      hrefFor={(page) => pagedPaths.speakerAppearances(slug, page)}
    >
      <AppearanceTimeline
        title={`Sessions, ${pageLabel(appearances)}`}
        appearances={appearances.items}
        detail={spokeAs}
      />
    </PagedRecordList>
  )
})
