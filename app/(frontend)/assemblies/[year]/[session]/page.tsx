import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Avatar } from '@/components/Avatar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { LinkList } from '@/components/LinkList'
import { PageHeader } from '@/components/PageHeader'
import { RecordLink } from '@/components/RecordLink'
import { recordRoute } from '@/components/RecordRoute'
import { RichText } from '@/components/RichText'
import { Section } from '@/components/Section'
import { SourceLines } from '@/components/SourceLines'
import { RoleAtOrganisation } from '@/components/SpeakerByline'
import { TopicTags } from '@/components/TopicTags'
import { WinsSection } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { resourceKindLabels, sessionFormatLabels } from '@/lib/labels'
import { parseSlug, parseYear } from '@/lib/params'
import { populated, populatedList } from '@/lib/populated'
import { getSession, listSessionAddresses } from '@/lib/queries/sessions'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { recordPageLd } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

const route = recordRoute({
  addresses: async () =>
    (await listSessionAddresses.published()).map(({ year, slug }) => ({
      year: String(year),
      session: slug,
    })),
  find: async (params: { year: string; session: string }) => {
    const year = parseYear(params.year)
    const slug = parseSlug(params.session)
    return year === null || slug === null ? null : getSession(year, slug)
  },
})

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ assembly, session }) =>
  generateMeta({
    title: `${session.title} (${assembly.year})`,
    description: plainText(session.summary),
    path: paths.session(assembly.year, session.slug ?? ''),
    type: 'article',
  }),
)

/** A link to the session before or after this one in the programme. */
function PagerLink({
  year,
  session,
  direction,
}: {
  year: number
  session: { title: string; slug?: string | null } | null
  direction: 'previous' | 'next'
}) {
  if (!session?.slug) return null
  return (
    <Link
      className={`pager__link pager__link--${direction}`}
      href={paths.session(year, session.slug)}
    >
      <span className="pager__label">
        {direction === 'previous' ? 'Previous session' : 'Next session'}
      </span>
      {session.title}
    </Link>
  )
}

export default route.page(function SessionPage({ assembly, session, wins, previous, next }) {
  const topics = populatedList(session.topics)
  // A speaker who is not published is not named, so their contribution is left out with them.
  const contributions = (session.contributions ?? []).flatMap((contribution) => {
    const speaker = populated(contribution.speaker)
    return speaker ? [{ ...contribution, speaker }] : []
  })
  const resources = session.resources ?? []
  const citations = shownCitations(session.citations)
  const path = paths.session(assembly.year, session.slug ?? '')

  return (
    <article className="wrap page">
      <JsonLd
        data={recordPageLd({
          path,
          name: session.title,
          // The page is based on what the session and each contribution cite.
          citations: shownCitations(
            session.citations,
            ...contributions.map((contribution) => contribution.citations),
          ),
        })}
      />
      <Breadcrumbs
        trail={[
          { href: paths.assemblies(), label: 'Assemblies' },
          { href: paths.assembly(assembly.year), label: String(assembly.year) },
        ]}
        current={session.title}
      />
      <PageHeader
        eyebrow={
          <>
            {sessionFormatLabels[session.format]} · Session {session.position} of the{' '}
            <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
          </>
        }
        title={session.title}
      />
      <RichText data={session.summary} />
      <SourceLines citations={citations} />

      {contributions.length > 0 ? (
        <Section id="contributions" title="Who spoke">
          <ol className="contributions">
            {contributions.map((contribution) => {
              const { speaker } = contribution
              return (
                <li key={contribution.id ?? speaker.id} className="contribution">
                  <div className="contribution__header">
                    <Avatar name={speaker.name} photo={speaker.photo} size="md" />
                    <div>
                      <h3 className="contribution__name">
                        <RecordLink href={speaker.slug ? paths.speaker(speaker.slug) : null}>
                          {speaker.name}
                        </RecordLink>
                      </h3>
                      {contribution.roleAtTheTime ||
                      populated(contribution.organisationAtTheTime) ? (
                        <p className="contribution__role">
                          <RoleAtOrganisation
                            role={contribution.roleAtTheTime}
                            organisation={contribution.organisationAtTheTime}
                          />
                        </p>
                      ) : null}
                    </div>
                  </div>
                  <RichText data={contribution.contribution} headingLevel={4} />
                  <SourceLines citations={shownCitations(contribution.citations)} />
                </li>
              )
            })}
          </ol>
        </Section>
      ) : null}

      <WinsSection id="wins" title="Wins presented" wins={wins} />

      {resources.length > 0 ? (
        <Section id="resources" title="Resources mentioned">
          <LinkList
            className="resources"
            items={resources}
            before={(resource) => (
              <>
                <span className="resources__kind">{resourceKindLabels[resource.kind]}</span>{' '}
              </>
            )}
          />
        </Section>
      ) : null}

      <TopicTags topics={topics} />

      {previous || next ? (
        <nav className="pager" aria-label="Programme">
          {/* An empty first cell keeps "Next session" in the second column of the grid. */}
          {previous?.slug ? (
            <PagerLink year={assembly.year} session={previous} direction="previous" />
          ) : (
            <span />
          )}
          <PagerLink year={assembly.year} session={next} direction="next" />
        </nav>
      ) : null}
      <AdminBar record={{ collection: 'sessions', id: session.id }} />
    </article>
  )
})
