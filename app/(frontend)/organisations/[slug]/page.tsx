import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { RichText } from '@/components/RichText'
import { SourceLines } from '@/components/SourceLines'
import { WinList } from '@/components/WinList'
import { formatPlace } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { mediaPath } from '@/lib/media'
import { organisationKindLabels, picumMembershipLabels } from '@/lib/labels'
import { parseSlug } from '@/lib/params'
import { getOrganisationBySlug, listOrganisations } from '@/lib/queries/organisations'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { organisationLd, recordPageLd } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const organisations = await listOrganisations.published()
  return organisations.flatMap((organisation) =>
    organisation.slug ? [{ slug: organisation.slug }] : [],
  )
}

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug === null ? null : await getOrganisationBySlug(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return notFoundMetadata
  const { organisation, logo } = loaded
  return generateMeta({
    title: organisation.acronym
      ? `${organisation.name} (${organisation.acronym})`
      : organisation.name,
    description:
      plainText(organisation.description) ||
      `${organisation.name}: its people, its contributions to PICUM’s General Assemblies and its wins.`,
    path: paths.organisation(organisation.slug ?? ''),
    image: logo,
  })
}

/** The address shown for a website: its host, without the protocol noise. */
const displayHost = (url: string): string => {
  try {
    return new URL(url).host.replace(/^www\./, '')
  } catch {
    return url
  }
}

export default async function OrganisationPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) return <NotFoundPage />
  const { organisation, logo, people, appearances, presentedWins, creditedWins } = loaded
  const place = formatPlace(organisation.city, organisation.country)
  // Membership is shown only when a source states it, one way or the other.
  const membership =
    organisation.picumMembership && organisation.picumMembership !== 'unknown'
      ? picumMembershipLabels[organisation.picumMembership]
      : null
  const citations = shownCitations(organisation.citations)
  return (
    <article className="wrap page">
      <JsonLd
        data={recordPageLd({
          path: paths.organisation(organisation.slug ?? ''),
          name: organisation.name,
          citations,
          mainEntity: organisationLd(organisation),
        })}
      />
      <Breadcrumbs
        trail={[{ href: paths.organisations(), label: 'Organisations' }]}
        current={organisation.name}
      />
      <header className="page-header page-header--with-logo">
        {logo && mediaPath(logo.url) && logo.width && logo.height ? (
          <MediaImage
            className="page-header__logo"
            image={logo}
            width={logo.width}
            height={logo.height}
            sizes="6rem"
          />
        ) : null}
        <div>
          <p className="eyebrow">
            {[organisationKindLabels[organisation.kind], membership, place]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <h1>
            {organisation.name}
            {organisation.acronym && organisation.acronym !== organisation.name ? (
              <span className="page-header__acronym"> ({organisation.acronym})</span>
            ) : null}
          </h1>
          {organisation.website ? (
            <p className="meta">
              Website: <a href={organisation.website}>{displayHost(organisation.website)}</a>
            </p>
          ) : null}
        </div>
      </header>
      <RichText data={organisation.description} />
      <SourceLines citations={citations} />

      {people.length > 0 ? (
        <section className="section" aria-labelledby="people">
          <h2 id="people">People</h2>
          <ul className="entry-list">
            {people.map((person) => (
              <li key={person.id} className="entry-list__item">
                <h3 className="entry-list__title">
                  {person.slug ? (
                    <Link href={paths.speaker(person.slug)}>{person.name}</Link>
                  ) : (
                    person.name
                  )}
                </h3>
                {person.role ? (
                  <p className="meta">
                    {person.role}
                    {person.roleRecordedIn ? ` (${person.roleRecordedIn})` : null}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <AppearanceTimeline
        appearances={appearances}
        detail={({ speakers }) =>
          speakers.length > 0 ? (
            <ul className="timeline__people">
              {speakers.map(({ speaker, role }) => (
                <li key={speaker.id}>
                  {speaker.slug ? (
                    <Link href={paths.speaker(speaker.slug)}>{speaker.name}</Link>
                  ) : (
                    speaker.name
                  )}
                  {role ? `, ${role}` : null}
                </li>
              ))}
            </ul>
          ) : null
        }
      />

      {presentedWins.length > 0 ? (
        <section className="section" aria-labelledby="presented-wins">
          <h2 id="presented-wins">Wins presented by its people</h2>
          <WinList wins={presentedWins} />
        </section>
      ) : null}

      {creditedWins.length > 0 ? (
        <section className="section" aria-labelledby="credited-wins">
          <h2 id="credited-wins">Wins credited to it</h2>
          <WinList wins={creditedWins} />
        </section>
      ) : null}
      <AdminBar record={{ collection: 'organisations', id: organisation.id }} />
    </article>
  )
}
