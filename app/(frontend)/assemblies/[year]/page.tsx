import { AssemblyFacts } from '@/components/AssemblyFacts'
import { CitedText } from '@/components/CitedText'
import { MediaImage } from '@/components/MediaImage'
import { PageHeader } from '@/components/PageHeader'
import { ProgrammeList } from '@/components/ProgrammeList'
import { RecordArticle } from '@/components/RecordArticle'
import { recordRoute } from '@/components/RecordRoute'
import { Section } from '@/components/Section'
import { WinsSection } from '@/components/WinList'
import { formatDateRange, formatPlace } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { mediaPath } from '@/lib/media'
import { parseYear } from '@/lib/params'
import { populated } from '@/lib/populated'
import { getAssemblyByYear, listAssemblies } from '@/lib/queries/assemblies'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { assemblyEvent } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

const route = recordRoute({
  addresses: async () =>
    (await listAssemblies.published()).map((assembly) => ({ year: String(assembly.year) })),
  find: async ({ year }: { year: string }) => {
    const parsed = parseYear(year)
    return parsed === null ? null : getAssemblyByYear(parsed)
  },
})

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ assembly }) =>
  generateMeta({
    title: assembly.theme ? `${assembly.title}: ${assembly.theme}` : assembly.title,
    description: plainText(assembly.intro) || assembly.theme,
    path: paths.assembly(assembly.year),
    image: populated(assembly.heroImage),
  }),
)

export default route.page(function AssemblyPage({ assembly, sessions, wins }) {
  const when = formatDateRange(assembly.startDate, assembly.endDate)
  const where = formatPlace(assembly.city, assembly.country)
  const hero = populated(assembly.heroImage)
  const citations = shownCitations(assembly.citations)
  return (
    <RecordArticle
      record={{ collection: 'assemblies', id: assembly.id }}
      trail={[{ href: paths.assemblies(), label: 'Assemblies' }]}
      current={String(assembly.year)}
      structuredData={{
        path: paths.assembly(assembly.year),
        name: assembly.title,
        citations,
        mainEntity: assemblyEvent(assembly),
      }}
    >
      <PageHeader eyebrow={[when, where].filter(Boolean).join(' · ')} title={assembly.title}>
        {assembly.theme ? <p className="page-header__theme">{assembly.theme}</p> : null}
      </PageHeader>
      {hero && mediaPath(hero.url) && hero.width && hero.height ? (
        <figure className="hero-image">
          <MediaImage
            image={hero}
            width={hero.width}
            height={hero.height}
            sizes="(min-width: 72rem) 72rem, 100vw"
            priority
          />
        </figure>
      ) : null}
      <div className="with-aside">
        <div>
          <CitedText text={assembly.intro} citations={citations} />
        </div>
        <aside aria-label={`The ${assembly.year} assembly at a glance`}>
          <AssemblyFacts sessions={sessions} wins={wins} />
        </aside>
      </div>

      {sessions.length > 0 ? (
        <Section id="programme" title="Programme">
          <ProgrammeList year={assembly.year} sessions={sessions} withSummaries />
        </Section>
      ) : null}

      <WinsSection id="wins" title="Wins presented" wins={wins} />
    </RecordArticle>
  )
})
