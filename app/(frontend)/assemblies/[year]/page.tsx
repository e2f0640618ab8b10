import type { Metadata } from 'next'

import { AdminBar } from '@/components/AdminBar'
import { AssemblyFacts } from '@/components/AssemblyFacts'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageHeader } from '@/components/PageHeader'
import { ProgrammeList } from '@/components/ProgrammeList'
import { RichText } from '@/components/RichText'
import { SourceLines } from '@/components/SourceLines'
import { WinList } from '@/components/WinList'
import { formatDateRange, formatPlace } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { mediaPath } from '@/lib/media'
import { parseYear } from '@/lib/params'
import { populated } from '@/lib/populated'
import { getAssemblyByYear, listAssemblies } from '@/lib/queries/assemblies'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { assemblyEvent, recordPageLd } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

type Props = { params: Promise<{ year: string }> }

export async function generateStaticParams() {
  const assemblies = await listAssemblies.published()
  return assemblies.map((assembly) => ({ year: String(assembly.year) }))
}

/** The page and its metadata share this call (React cache), and 404 alike. */
async function load(params: Props['params']) {
  const year = parseYear((await params).year)
  return year === null ? null : await getAssemblyByYear(year)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return notFoundMetadata
  const { assembly } = loaded
  return generateMeta({
    title: assembly.theme ? `${assembly.title}: ${assembly.theme}` : assembly.title,
    description: plainText(assembly.intro) || assembly.theme,
    path: paths.assembly(assembly.year),
    image: populated(assembly.heroImage),
  })
}

export default async function AssemblyPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) return <NotFoundPage />
  const { assembly, sessions, wins } = loaded
  const when = formatDateRange(assembly.startDate, assembly.endDate)
  const where = formatPlace(assembly.city, assembly.country)
  const hero = populated(assembly.heroImage)
  const citations = shownCitations(assembly.citations)
  return (
    <article className="wrap page">
      <JsonLd
        data={recordPageLd({
          path: paths.assembly(assembly.year),
          name: assembly.title,
          citations,
          mainEntity: assemblyEvent(assembly),
        })}
      />
      <Breadcrumbs
        trail={[{ href: paths.assemblies(), label: 'Assemblies' }]}
        current={String(assembly.year)}
      />
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
          <RichText data={assembly.intro} />
          <SourceLines citations={citations} />
        </div>
        <aside aria-label={`The ${assembly.year} assembly at a glance`}>
          <AssemblyFacts sessions={sessions} wins={wins} />
        </aside>
      </div>

      {sessions.length > 0 ? (
        <section className="section" aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <ProgrammeList year={assembly.year} sessions={sessions} withSummaries />
        </section>
      ) : null}

      {wins.length > 0 ? (
        <section className="section" aria-labelledby="wins">
          <h2 id="wins">Wins presented</h2>
          <WinList wins={wins} />
        </section>
      ) : null}
      <AdminBar record={{ collection: 'assemblies', id: assembly.id }} />
    </article>
  )
}
