import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Avatar } from '@/components/Avatar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { PageHeader } from '@/components/PageHeader'
import { RichText } from '@/components/RichText'
import { RoleAtOrganisation } from '@/components/SpeakerByline'
import { SourceLines } from '@/components/SourceLines'
import { TopicTags } from '@/components/TopicTags'
import { WinList } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { resourceKindLabels, sessionFormatLabels } from '@/lib/labels'
import { parseSlug, parseYear } from '@/lib/params'
import { populated, populatedList } from '@/lib/populated'
import { getSession, listSessionAddresses } from '@/lib/queries/sessions'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { recordPageLd } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

type Props = { params: Promise<{ year: string; session: string }> }

export async function generateStaticParams() {
  const sessions = await listSessionAddresses.published()
  return sessions.map(({ year, slug }) => ({ year: String(year), session: slug }))
}

async function load(params: Props['params']) {
  const raw = await params
  const year = parseYear(raw.year)
  const slug = parseSlug(raw.session)
  return year === null || slug === null ? null : await getSession(year, slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return notFoundMetadata
  const { assembly, session } = loaded
  return generateMeta({
    title: `${session.title} (${assembly.year})`,
    description: plainText(session.summary),
    path: paths.session(assembly.year, session.slug ?? ''),
    type: 'article',
  })
}

export default async function SessionPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) return <NotFoundPage />
  const { assembly, session, wins, previous, next } = loaded
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
        <section className="section" aria-labelledby="contributions">
          <h2 id="contributions">Who spoke</h2>
          <ol className="contributions">
            {contributions.map((contribution) => {
              const { speaker } = contribution
              return (
                <li key={contribution.id ?? speaker.id} className="contribution">
                  <div className="contribution__header">
                    <Avatar name={speaker.name} photo={speaker.photo} size="md" />
                    <div>
                      <h3 className="contribution__name">
                        {speaker.slug ? (
                          <Link href={paths.speaker(speaker.slug)}>{speaker.name}</Link>
                        ) : (
                          speaker.name
                        )}
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
        </section>
      ) : null}

      {wins.length > 0 ? (
        <section className="section" aria-labelledby="wins">
          <h2 id="wins">Wins presented</h2>
          <WinList wins={wins} />
        </section>
      ) : null}

      {resources.length > 0 ? (
        <section className="section" aria-labelledby="resources">
          <h2 id="resources">Resources mentioned</h2>
          <ul className="resources">
            {resources.map((resource) => (
              <li key={resource.id ?? resource.title}>
                <span className="resources__kind">{resourceKindLabels[resource.kind]}</span>{' '}
                {resource.url ? <a href={resource.url}>{resource.title}</a> : resource.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <TopicTags topics={topics} />

      {previous || next ? (
        <nav className="pager" aria-label="Programme">
          {previous?.slug ? (
            <Link
              className="pager__link pager__link--previous"
              href={paths.session(assembly.year, previous.slug)}
            >
              <span className="pager__label">Previous session</span>
              {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next?.slug ? (
            <Link
              className="pager__link pager__link--next"
              href={paths.session(assembly.year, next.slug)}
            >
              <span className="pager__label">Next session</span>
              {next.title}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <AdminBar record={{ collection: 'sessions', id: session.id }} />
    </article>
  )
}
