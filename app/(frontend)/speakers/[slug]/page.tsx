import type { Metadata } from 'next'

import { AdminBar } from '@/components/AdminBar'
import { AppearanceTimeline } from '@/components/AppearanceTimeline'
import { Avatar } from '@/components/Avatar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { NotFoundPage, notFoundMetadata } from '@/components/NotFoundPage'
import { RichText } from '@/components/RichText'
import { RecordedRole, RoleAtOrganisation } from '@/components/SpeakerByline'
import { SourceLines } from '@/components/SourceLines'
import { WinList } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { parseSlug } from '@/lib/params'
import { populated } from '@/lib/populated'
import { getSpeakerBySlug, listSpeakers } from '@/lib/queries/speakers'
import { plainText } from '@/lib/richText'
import { shownCitations } from '@/lib/sources'
import { recordPageLd, speakerPerson } from '@/lib/structuredData'
import { paths } from '@/lib/urls'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const speakers = await listSpeakers.published()
  return speakers.flatMap((speaker) => (speaker.slug ? [{ slug: speaker.slug }] : []))
}

async function load(params: Props['params']) {
  const slug = parseSlug((await params).slug)
  return slug === null ? null : await getSpeakerBySlug(slug)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params)
  if (!loaded) return notFoundMetadata
  const { speaker } = loaded
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
}

export default async function SpeakerPage({ params }: Props) {
  const loaded = await load(params)
  if (!loaded) return <NotFoundPage />
  const { speaker, appearances, wins } = loaded
  const links = speaker.links ?? []
  const citations = shownCitations(speaker.citations)
  const path = paths.speaker(speaker.slug ?? '')
  return (
    <article className="wrap page">
      <JsonLd
        data={recordPageLd({ path, name: speaker.name, citations, mainEntity: speakerPerson(speaker) })}
      />
      <Breadcrumbs trail={[{ href: paths.speakers(), label: 'Speakers' }]} current={speaker.name} />
      <header className="profile">
        <Avatar name={speaker.name} photo={speaker.photo} size="lg" />
        <div>
          <h1>{speaker.name}</h1>
          <RecordedRole
            className="profile__role"
            role={speaker.role}
            organisation={speaker.organisation}
            year={speaker.roleRecordedIn}
          />
        </div>
      </header>
      <RichText data={speaker.bio} />
      <SourceLines citations={citations} />
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
        appearances={appearances}
        detail={({ roles }) =>
          roles
            .filter((spoke) => spoke.role || spoke.organisation)
            .map((spoke, index) => (
              <p key={index} className="timeline__role">
                Spoke as{' '}
                <RoleAtOrganisation role={spoke.role} organisation={spoke.organisation} />
              </p>
            ))
        }
      />

      {wins.length > 0 ? (
        <section className="section" aria-labelledby="wins">
          <h2 id="wins">Wins presented</h2>
          <WinList wins={wins} />
        </section>
      ) : null}
      <AdminBar record={{ collection: 'speakers', id: speaker.id }} />
    </article>
  )
}
