import { whoSpoke } from '@/app/(frontend)/organisations/[slug]/whoSpoke'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { CitedText } from '@/components/CitedText'
import { MediaImage } from '@/components/MediaImage'
import { MoreLink } from '@/components/MoreLink'
import { RecordArticle } from '@/components/RecordArticle'
import { slugRoute } from '@/components/RecordRoute'
import { Section } from '@/components/Section'
import { SpeakerLink } from '@/components/SpeakerByline'
import { WinsSection } from '@/components/WinList'
import { formatPlace } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { organisationKindLabels, picumMembershipLabels } from '@/lib/labels'
import { mediaPath } from '@/lib/media'
import { getOrganisationBySlug, listOrganisations } from '@/lib/queries/organisations'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { organisationLd } from '@/lib/structuredData'
import { pagedPaths, paths } from '@/lib/urls'

const route = slugRoute(listOrganisations, getOrganisationBySlug)

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ organisation, logo }) =>
  generateMeta({
    title: organisation.acronym
      ? `${organisation.name} (${organisation.acronym})`
      : organisation.name,
    description:
      plainText(organisation.description) ||
      `${organisation.name}: its people, its contributions to PICUM’s General Assemblies and its wins.`,
    path: paths.organisation(organisation.slug ?? ''),
    image: logo,
  }),
)

const displayHost = (url: string): string => {
  try {
    return new URL(url).host.replace(/^www\./, '')
  } catch {
    return url
  }
}

export default route.page(function OrganisationPage({
  organisation,
  logo,
  people,
  appearances,
  presentedWins,
  creditedWins,
  winTotals,
}) {
  const slug = organisation.slug ?? ''
  const place = formatPlace(organisation.city, organisation.country)
  // Membership is shown only when a source states it, one way or the other.
  const membership =
    organisation.picumMembership && organisation.picumMembership !== 'unknown'
      ? picumMembershipLabels[organisation.picumMembership]
      : null
  const citations = shownCitations(organisation.citations)
  return (
    <RecordArticle
      record={{ collection: 'organisations', id: organisation.id }}
      trail={[{ href: paths.organisations(), label: 'Organisations' }]}
      current={organisation.name}
      structuredData={{
        path: paths.organisation(organisation.slug ?? ''),
        name: organisation.name,
        citations,
        mainEntity: organisationLd(organisation),
      }}
    >
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
      <CitedText text={organisation.description} citations={citations} />

      {people.length > 0 ? (
        <Section id="people" title="People">
          <ul className="entry-list">
            {people.map((person) => (
              <li key={person.id} className="entry-list__item">
                <h3 className="entry-list__title">
                  <SpeakerLink speaker={person} />
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
        </Section>
      ) : null}

      <AppearanceTimeline
        appearances={appearances.items}
        detail={whoSpoke}
        footer={
          appearances.more ? (
            <MoreLink href={pagedPaths.organisationAppearances(slug, 2)}>
              Earlier appearances
            </MoreLink>
          ) : null
        }
      />

      <WinsSection id="presented-wins" title="Wins presented by its people" wins={presentedWins} />
      {winTotals.presented > presentedWins.length ? (
        <MoreLink href={pagedPaths.winsWith('presenting', slug)}>
          All {winTotals.presented} in the wins tracker
        </MoreLink>
      ) : null}
      <WinsSection id="credited-wins" title="Wins credited to it" wins={creditedWins} />
      {winTotals.credited > creditedWins.length ? (
        <MoreLink href={pagedPaths.winsWith('credited', slug)}>
          All {winTotals.credited} in the wins tracker
        </MoreLink>
      ) : null}
    </RecordArticle>
  )
})
