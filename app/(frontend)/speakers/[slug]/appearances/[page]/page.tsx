import { spokeAs } from '@/app/(frontend)/speakers/[slug]/spokeAs'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { PagedRecordList, pagedListMetadata, pageLabel } from '@/components/PagedRecordList'
import { laterPagesRoute } from '@/components/RecordRoute'
import { getSpeakerAppearances } from '@/lib/queries/speakers'
import { pagedPaths, paths } from '@/lib/urls'

const route = laterPagesRoute(paths.speaker, getSpeakerAppearances)

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
