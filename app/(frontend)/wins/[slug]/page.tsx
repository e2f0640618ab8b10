import Link from 'next/link'

import { CitedText } from '@/components/CitedText'
import { LinkList } from '@/components/LinkList'
import { OrganisationsFact } from '@/components/OrganisationsFact'
import { PageHeader } from '@/components/PageHeader'
import { RecordArticle } from '@/components/RecordArticle'
import { slugRoute } from '@/components/RecordRoute'
import { Section } from '@/components/Section'
import { SpeakerByline } from '@/components/SpeakerByline'
import { TopicTags } from '@/components/TopicTags'
import { countryName } from '@/lib/countries'
import { formatDay, formatNumber } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { winKindLabels, winLevelLabels } from '@/lib/labels'
import { populated, populatedList, relationId } from '@/lib/populated'
import { getWinBySlug, listWins } from '@/lib/queries/wins'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { paths } from '@/lib/urls'

const route = slugRoute(listWins, getWinBySlug)

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata((win) =>
  generateMeta({
    title: win.title,
    description: plainText(win.summary),
    path: paths.win(win.slug ?? ''),
    type: 'article',
  }),
)

export default route.page(function WinPage(win) {
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
    <RecordArticle
      record={{ collection: 'wins', id: win.id }}
      trail={[{ href: paths.wins(), label: 'Wins' }]}
      current={win.title}
      structuredData={{ path: paths.win(win.slug ?? ''), name: win.title, citations }}
    >
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
      <CitedText text={win.summary} citations={citations} />

      {figures.length > 0 ? (
        <Section id="figures" title="In figures">
          <dl className="figures">
            {figures.map((figure) => (
              <div key={figure.id ?? figure.label} className="figures__item">
                <dt className="figures__label">{figure.label}</dt>
                <dd className="figures__value">{formatNumber(figure.value)}</dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}

      <Section id="details" title="About this win">
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
      </Section>

      {evidence.length > 0 ? (
        <Section id="evidence" title="Evidence">
          <LinkList className="resources" items={evidence} />
        </Section>
      ) : null}

      <TopicTags topics={topics} />
    </RecordArticle>
  )
})
