import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { AssemblyFacts } from '@/components/AssemblyFacts'
import { ProgrammeList } from '@/components/ProgrammeList'
import { RichText } from '@/components/RichText'
import { SourceLines } from '@/components/SourceLines'
import { WinList } from '@/components/WinList'
import { formatDateRange, formatPlace } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { getLatestAssembly } from '@/lib/queries/assemblies'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { paths } from '@/lib/urls'

export async function generateMetadata(): Promise<Metadata> {
  const latest = await getLatestAssembly()
  return generateMeta({
    path: paths.home(),
    description: latest
      ? `${latest.assembly.title}${latest.assembly.theme ? `: ${latest.assembly.theme}` : ''}. ${plainText(latest.assembly.intro)}`
      : undefined,
  })
}

const explore = [
  {
    href: paths.assemblies(),
    title: 'Every assembly',
    text: 'The archive, year by year: each theme, programme and the wins presented.',
  },
  {
    href: paths.speakers(),
    title: 'Speakers',
    text: 'Everyone who has spoken, with each appearance and the role they held at the time.',
  },
  {
    href: paths.organisations(),
    title: 'Organisations',
    text: 'Members, partners and institutions: their people, their contributions and their wins.',
  },
  {
    href: paths.wins(),
    title: 'Wins',
    text: 'Laws, regularisations, judgments and rights won, as members reported them.',
  },
  {
    href: paths.topics(),
    title: 'Topics',
    text: 'Sessions and wins by theme, from regularisation to the right to protest.',
  },
] as const

export default async function HomePage() {
  const latest = await getLatestAssembly()
  return (
    <>
      {latest ? (
        <LatestAssembly latest={latest} />
      ) : (
        <section className="hero">
          <div className="wrap">
            <h1 className="hero__title">The General Assemblies of PICUM</h1>
            <p className="lede">
              This site will hold the record of each General Assembly of PICUM, the Platform for
              International Cooperation on Undocumented Migrants, once the first one is published.
            </p>
          </div>
        </section>
      )}
      <section className="section section--tinted" aria-labelledby="explore">
        <div className="wrap">
          <h2 id="explore">Explore the record</h2>
          <ul className="explore">
            {explore.map((entry) => (
              <li key={entry.href} className="explore__item">
                <h3 className="explore__title">
                  <Link href={entry.href}>{entry.title}</Link>
                </h3>
                <p>{entry.text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <AdminBar record={{ collection: 'assemblies', id: latest?.assembly.id }} />
    </>
  )
}

function LatestAssembly({
  latest,
}: {
  latest: NonNullable<Awaited<ReturnType<typeof getLatestAssembly>>>
}) {
  const { assembly, sessions, wins } = latest
  const when = formatDateRange(assembly.startDate, assembly.endDate)
  const where = formatPlace(assembly.city, assembly.country)
  return (
    <>
      <section className="hero">
        <div className="wrap">
          <p className="eyebrow">
            <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
            {when ? ` · ${when}` : null}
            {where ? ` · ${where}` : null}
          </p>
          <h1 className="hero__title">{assembly.theme ?? assembly.title}</h1>
          <div className="with-aside">
            <div>
              <p className="lede">
                Every year PICUM, the Platform for International Cooperation on Undocumented
                Migrants, brings its members together at a General Assembly. This is the record of
                what was said there, by whom, and what the network has won.
              </p>
              <RichText data={assembly.intro} className="prose hero__intro" />
              <SourceLines citations={shownCitations(assembly.citations)} />
              <p className="hero__action">
                <Link className="button" href={paths.assembly(assembly.year)}>
                  The {assembly.year} assembly in full
                </Link>
              </p>
            </div>
            <aside aria-label={`The ${assembly.year} assembly at a glance`}>
              <AssemblyFacts sessions={sessions} wins={wins} />
            </aside>
          </div>
        </div>
      </section>

      {sessions.length > 0 ? (
        <section className="section" aria-labelledby="programme">
          <div className="wrap">
            <h2 id="programme">Programme</h2>
            <ProgrammeList year={assembly.year} sessions={sessions} />
          </div>
        </section>
      ) : null}

      {wins.length > 0 ? (
        <section className="section" aria-labelledby="wins">
          <div className="wrap">
            <h2 id="wins">Wins presented in {assembly.year}</h2>
            <WinList wins={wins} />
            <p className="section__more">
              <Link href={paths.wins()}>All wins, from every assembly</Link>
            </p>
          </div>
        </section>
      ) : null}
    </>
  )
}
