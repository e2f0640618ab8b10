import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { OrganisationsFact } from '@/components/OrganisationsFact'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { SourceLines } from '@/components/SourceLines'
import { SpeakerByline } from '@/components/SpeakerByline'
import { TopicTags } from '@/components/TopicTags'
import { countryName } from '@/lib/countries'
import { formatDay, formatNumber } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { winKindLabels, winLevelLabels } from '@/lib/labels'
import { parseSlug } from '@/lib/params'
import { populated, populatedList, relationId } from '@/lib/populated'
import { getWinBySlug, listWins } from '@/lib/queries/wins'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { recordPageLd } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const wins = await listWins.published()
  return wins.flatMap((win) => (win.slug ? [{ slug: win.slug }] : []))
}

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug === null ? null : await getWinBySlug(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const win = await load(params)
  if (!win) return notFoundMetadata
  return generateMeta({
    title: win.title,
    description: plainText(win.summary),
    path: paths.win(win.slug ?? ''),
    type: 'article',
  })
}

export default async function WinPage({ params }: Props) {
  const win = await load(params)
  if (!win) return <NotFoundPage />
  const credited = populatedList(win.creditedOrganisations)
  const assembly = populated(win.assembly)
  const session = populated(win.session)
  const presenter = populated(win.presenter)
  // The role the presenter spoke in at that session, not whatever their record says today.
  const roleThen = presenter
    ? (session?.contributions ?? []).find(
        (contribution) => relationId(contribution.speaker) === presenter.id,
      )?.roleAtTheTime
    : null
  const topics = populatedList(win.topics)
  const figures = win.figures ?? []
  const evidence = win.evidence ?? []
  const citations = shownCitations(win.citations)

  return (
    <article className="wrap page">
      <JsonLd
        data={recordPageLd({ path: paths.win(win.slug ?? ''), name: win.title, citations })}
      />
      <Breadcrumbs trail={[{ href: paths.wins(), label: 'Wins' }]} current={win.title} />
      <PageHeader
        eyebrow={[
          countryName(win.country),
          winLevelLabels[win.level],
          winKindLabels[win.kind],
          win.achievedOn ? formatDay(win.achievedOn) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        title={win.title}
      />
      <RichText data={win.summary} />
      <SourceLines citations={citations} />

      {figures.length > 0 ? (
        <section className="section" aria-labelledby="figures">
          <h2 id="figures">In figures</h2>
          <dl className="figures">
            {figures.map((figure) => (
              <div key={figure.id ?? figure.label} className="figures__item">
                <dt className="figures__label">{figure.label}</dt>
                <dd className="figures__value">{formatNumber(figure.value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      <section className="section" aria-labelledby="details">
        <h2 id="details">About this win</h2>
        <dl className="details">
          <div>
            <dt>Where</dt>
            <dd>
              {countryName(win.country)} ({winLevelLabels[win.level].toLowerCase()} level)
            </dd>
          </div>
          {win.achievedOn ? (
            <div>
              <dt>Won on</dt>
              <dd>{formatDay(win.achievedOn)}</dd>
            </div>
          ) : null}
          {assembly ? (
            <div>
              <dt>Presented at</dt>
              <dd>
                {session?.slug ? (
                  <>
                    <Link href={paths.session(assembly.year, session.slug)}>{session.title}</Link>
                    {', '}
                  </>
                ) : null}
                <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
              </dd>
            </div>
          ) : null}
          {presenter ? (
            <div>
              <dt>Presented by</dt>
              <dd>
                <SpeakerByline
                  speaker={presenter}
                  role={roleThen}
                  organisation={win.presenterOrganisation}
                />
              </dd>
            </div>
          ) : null}
          <OrganisationsFact organisations={credited} label="Credited to" />
        </dl>
      </section>

      {evidence.length > 0 ? (
        <section className="section" aria-labelledby="evidence">
          <h2 id="evidence">Evidence</h2>
          <ul className="resources">
            {evidence.map((item) => (
              <li key={item.id ?? item.title}>
                {item.url ? <a href={item.url}>{item.title}</a> : item.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <TopicTags topics={topics} />
      <AdminBar record={{ collection: 'wins', id: win.id }} />
    </article>
  )
}
