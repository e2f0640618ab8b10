import Link from 'next/link'

import { LinkList } from '@/components/LinkList'
import { OrganisationsFact } from '@/components/OrganisationsFact'
import { RecordLink } from '@/components/RecordLink'
import { SpeakerLink } from '@/components/SpeakerByline'
import { countryName } from '@/lib/countries'
import { excerpt, formatDay, organisationName } from '@/lib/format'
import { winKindLabels, winLevelLabels } from '@/lib/labels'
import { populated, populatedList } from '@/lib/populated'
import type { TrackedWin } from '@/lib/queries/wins'
import { plainText } from '@/lib/richText'
import { paths } from '@/lib/urls'

function Presented({ win }: { win: TrackedWin }) {
  const presenter = populated(win.presenter)
  const presentedFor = populated(win.presenterOrganisation)
  const session = populated(win.session)
  const assembly = populated(win.assembly)
  if (!presenter && !assembly) return null
  return (
    <div>
      <dt>Presented</dt>
      <dd>
        {presenter?.slug ? (
          <>
            by <SpeakerLink speaker={presenter} />
            {presentedFor ? (
              <>
                {' for '}
                <RecordLink href={presentedFor.slug ? paths.organisation(presentedFor.slug) : null}>
                  {organisationName(presentedFor)}
                </RecordLink>
              </>
            ) : null}
          </>
        ) : null}
        {assembly ? (
          <>
            {presenter?.slug ? ' ' : null}
            {session?.slug ? (
              <>
                in <Link href={paths.session(assembly.year, session.slug)}>{session.title}</Link>
                ,{' '}
              </>
            ) : (
              'at '
            )}
            <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
          </>
        ) : null}
      </dd>
    </div>
  )
}

export function TrackedWinList({ wins }: { wins: TrackedWin[] }) {
  return (
    <ul className="tracked-wins">
      {wins.map((win) => {
        const credited = populatedList(win.creditedOrganisations)
        const evidence = win.evidence ?? []
        const summary = win.summary ? excerpt(plainText(win.summary), 240) : ''
        return (
          <li key={win.id} className="card card--win tracked-win">
            <p className="card__eyebrow">
              {countryName(win.country)} · {winLevelLabels[win.level]} · {winKindLabels[win.kind]}
              {win.achievedOn ? ` · ${formatDay(win.achievedOn)}` : null}
            </p>
            <h3 className="card__title">
              <RecordLink href={win.slug ? paths.win(win.slug) : null}>{win.title}</RecordLink>
            </h3>
            {summary ? <p className="card__text">{summary}</p> : null}
            <dl className="tracked-win__facts">
              <Presented win={win} />
              <OrganisationsFact organisations={credited} label="Credited to" />
              {evidence.length > 0 ? (
                <div>
                  <dt>Evidence</dt>
                  <dd>
                    <LinkList className="inline-list" items={evidence} />
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        )
      })}
    </ul>
  )
}
