import Link from 'next/link'
import type { ReactNode } from 'react'

import { RecordLink } from '@/components/RecordLink'
import { Section } from '@/components/Section'
import { paths } from '@/lib/urls'

type Appearance = {
  session: { id: number; title: string; slug?: string | null }
  assembly: { year: number }
}

export function AppearanceTimeline<T extends Appearance>({
  id = 'appearances',
  title = 'At the General Assemblies',
  appearances,
  detail,
  footer,
}: {
  id?: string
  title?: string
  appearances: T[]
  detail: (appearance: T) => ReactNode
  /** Under the list: the way to the rest of a long timeline. */
  footer?: ReactNode
}) {
  if (appearances.length === 0) return null
  return (
    <Section id={id} title={title}>
      <ol className="timeline">
        {appearances.map((appearance) => {
          const { session, assembly } = appearance
          return (
            <li key={session.id} className="timeline__item">
              <p className="timeline__year">
                <Link href={paths.assembly(assembly.year)}>{assembly.year}</Link>
              </p>
              <div>
                <h3 className="timeline__title">
                  <RecordLink
                    href={session.slug ? paths.session(assembly.year, session.slug) : null}
                  >
                    {session.title}
                  </RecordLink>
                </h3>
                {detail(appearance)}
              </div>
            </li>
          )
        })}
      </ol>
      {footer}
    </Section>
  )
}
