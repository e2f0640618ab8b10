import Link from 'next/link'
import type { ReactNode } from 'react'

import { paths } from '@/lib/urls'

type Appearance = {
  session: { id: number; title: string; slug?: string | null }
  assembly: { year: number }
}

/**
 * "At the General Assemblies": the sessions a speaker or an organisation took part in, year by
 * year, each with what the page says about it (the role held then, who spoke for them).
 */
export function AppearanceTimeline<T extends Appearance>({
  appearances,
  detail,
}: {
  appearances: T[]
  detail: (appearance: T) => ReactNode
}) {
  if (appearances.length === 0) return null
  return (
    <section className="section" aria-labelledby="appearances">
      <h2 id="appearances">At the General Assemblies</h2>
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
                  {session.slug ? (
                    <Link href={paths.session(assembly.year, session.slug)}>{session.title}</Link>
                  ) : (
                    session.title
                  )}
                </h3>
                {detail(appearance)}
              </div>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
