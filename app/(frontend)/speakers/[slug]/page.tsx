import { spokeAs } from '@/app/(frontend)/speakers/[slug]/spokeAs'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { Avatar } from '@/components/Avatar'
import { CitedText } from '@/components/CitedText'
import { MoreLink } from '@/components/MoreLink'
import { RecordArticle } from '@/components/RecordArticle'
import { slugRoute } from '@/components/RecordRoute'
import { RecordedRole } from '@/components/SpeakerByline'
import { WinsSection } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { populated } from '@/lib/populated'
import { getSpeakerBySlug, listSpeakerAddresses } from '@/lib/queries/speakers'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { speakerPerson } from '@/lib/structuredData'
import { pagedPaths, paths } from '@/lib/urls'

const route = slugRoute(listSpeakerAddresses, getSpeakerBySlug)

export const generateStaticParams = route.generateStaticParams

export const generateMetadata = route.metadata(({ speaker }) => {
  const organisation = populated(speaker.organisation)
  const role = [speaker.role, organisation?.name].filter(Boolean).join(', ')
  const recorded = role && speaker.roleRecordedIn ? ` (${speaker.roleRecordedIn})` : ''
  return generateMeta({
    title: speaker.name,
    description:
      plainText(speaker.bio) || (role ? `${speaker.name}: ${role}${recorded}.` : undefined),
    path: paths.speaker(speaker.slug ?? ''),
    type: 'profile',
    image: populated(speaker.photo),
  })
})

export default route.page(function SpeakerPage({ speaker, appearances, wins }) {
  const links = speaker.links ?? []
  const citations = shownCitations(speaker.citations)
  const path = paths.speaker(speaker.slug ?? '')
  return (
    <RecordArticle
      record={{ collection: 'speakers', id: speaker.id }}
      trail={[{ href: paths.speakers(), label: 'Speakers' }]}
      current={speaker.name}
      structuredData={{
        path,
        name: speaker.name,
        citations,
        mainEntity: speakerPerson(speaker),
      }}
    >
      <header className="profile">
        <Avatar name={speaker.name} photo={speaker.photo} size="lg" />
        <div>
          <h1>{speaker.name}</h1>
          <RecordedRole className="profile__role" speaker={speaker} />
        </div>
      </header>
      <CitedText text={speaker.bio} citations={citations} />
      {links.length > 0 ? (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.id ?? link.url}>
              <a href={link.url}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}

      <AppearanceTimeline
        appearances={appearances.items}
        footer={
          appearances.more ? (
            <MoreLink href={pagedPaths.speakerAppearances(speaker.slug ?? '', 2)}>
              Earlier appearances
            </MoreLink>
          ) : null
        }
        detail={spokeAs}
      />

      <WinsSection id="wins" title="Wins presented" wins={wins} />
    </RecordArticle>
  )
})
