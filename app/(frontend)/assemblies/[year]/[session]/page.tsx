import Link from 'next/link'

import { Avatar } from '@/components/Avatar'
import { CitedText } from '@/components/CitedText'
import { LinkList } from '@/components/LinkList'
import { PageHeader } from '@/components/PageHeader'
import { RecordArticle } from '@/components/RecordArticle'
import { recordRoute } from '@/components/RecordRoute'
import { Section } from '@/components/Section'
import { RoleAtOrganisation, SpeakerLink } from '@/components/SpeakerByline'
import { TopicTags } from '@/components/TopicTags'
import { WinsSection } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { resourceKindLabels, sessionFormatLabels } from '@/lib/labels'
import { parseSlug, parseYear } from '@/lib/params'
import { populated, populatedList } from '@/lib/populated'
import { getSession, listSessionAddresses } from '@/lib/queries/sessions'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
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
  // An unpublished speaker's contribution is left out with them; one who asked not to be named
  // keeps their place, as "A speaker from …" (components/SpeakerByline).
  const contributions = (session.contributions ?? []).flatMap((contribution) => {
    const speaker = populated(contribution.speaker)
    return speaker ? [{ ...contribution, speaker }] : []
  })
  const resources = session.resources ?? []
  const citations = shownCitations(session.citations)
  const path = paths.session(assembly.year, session.slug ?? '')

  return (
    <RecordArticle
      record={{ collection: 'sessions', id: session.id }}
      trail={[
        { href: paths.assemblies(), label: 'Assemblies' },
        { href: paths.assembly(assembly.year), label: String(assembly.year) },
      ]}
      current={session.title}
      structuredData={{
        path,
        name: session.title,
        // The page is based on what the session and each contribution cite.
        citations: shownCitations(
          session.citations,
          ...contributions.map((contribution) => contribution.citations),
        ),
      }}
    >
      <PageHeader
        eyebrow={
          <>
            {sessionFormatLabels[session.format]} · Session {session.position} of the{' '}
            <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
          </>
        }
        title={session.title}
      />
      <CitedText text={session.summary} citations={citations} />

      {contributions.length > 0 ? (
        <Section id="contributions" title="Who spoke">
          <ol className="contributions">
            {contributions.map((contribution) => {
              const { speaker } = contribution
              return (
                <li key={contribution.id ?? speaker.id} className="contribution">
                  <div className="contribution__header">
                    {speaker.name ? (
                      <Avatar name={speaker.name} photo={speaker.photo} size="md" />
                    ) : null}
                    <div>
                      <h3 className="contribution__name">
                        <SpeakerLink
                          speaker={speaker}
                          organisation={speaker.name ? null : contribution.organisationAtTheTime}
                          from={contribution}
                        />
                      </h3>
                      {speaker.name &&
                      (contribution.roleAtTheTime ||
                        populated(contribution.organisationAtTheTime)) ? (
                        <p className="contribution__role">
                          <RoleAtOrganisation
                            role={contribution.roleAtTheTime}
                            organisation={contribution.organisationAtTheTime}
                          />
                        </p>
                      ) : null}
                    </div>
                  </div>
                  <CitedText
                    text={contribution.contribution}
                    citations={shownCitations(contribution.citations)}
                    headingLevel={4}
                  />
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
    </RecordArticle>
  )
})
