import { RecordLink } from '@/components/RecordLink'
import { Section } from '@/components/Section'
import { SpeakerLink } from '@/components/SpeakerByline'
import { countryName } from '@/lib/countries'
import { excerpt, organisationName } from '@/lib/format'
import { winKindLabels, winLevelLabels } from '@/lib/labels'
import { populated } from '@/lib/populated'
import { plainText } from '@/lib/richText'
import { paths } from '@/lib/urls'
import type { Organisation, Speaker, Win } from '@/payload-types'

type WinCard = Pick<Win, 'id' | 'title' | 'slug' | 'country' | 'level' | 'kind'> & {
  summary?: Win['summary']
  presenter?: number | Pick<Speaker, 'id' | 'name' | 'slug'> | null
  presenterOrganisation?: number | Pick<Organisation, 'id' | 'name' | 'acronym'> | null
}

export function WinsSection({ id, title, wins }: { id: string; title: string; wins: WinCard[] }) {
  if (wins.length === 0) return null
  return (
    <Section id={id} title={title}>
      <WinList wins={wins} />
    </Section>
  )
}

export function WinList({ wins, headingLevel = 3 }: { wins: WinCard[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="card-grid">
      {wins.map((win) => {
        const presenter = populated(win.presenter)
        const presentedFor = populated(win.presenterOrganisation)
        const summary = win.summary ? excerpt(plainText(win.summary), 200) : ''
        return (
          <li key={win.id} className="card card--win">
            <p className="card__eyebrow">
              {countryName(win.country)} · {winLevelLabels[win.level]} · {winKindLabels[win.kind]}
            </p>
            <Heading className="card__title">
              <RecordLink href={win.slug ? paths.win(win.slug) : null}>{win.title}</RecordLink>
            </Heading>
            {summary ? <p className="card__text">{summary}</p> : null}
            {presenter?.slug ? (
              <p className="card__meta">
                Presented by <SpeakerLink speaker={presenter} />
                {presentedFor ? ` (${organisationName(presentedFor)})` : null}
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
