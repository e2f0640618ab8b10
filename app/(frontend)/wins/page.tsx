import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { WinList } from '@/components/WinList'
import { generateMeta } from '@/lib/generateMeta'
import { populated } from '@/lib/populated'
import { listWins, type WinSummary } from '@/lib/queries/wins'
import { paths } from '@/lib/urls'

const title = 'Wins'
const description =
  'Victories that PICUM members and partners have reported at the General Assemblies: laws passed, people regularised, court judgments and rights won.'

export const metadata: Metadata = generateMeta({ title, description, path: paths.wins() })

type Group = { key: string; heading: string; wins: WinSummary[] }

/** Wins grouped by the assembly they were presented at, newest first (the list is sorted so). */
function byAssembly(wins: WinSummary[]): Group[] {
  const groups: Group[] = []
  for (const win of wins) {
    const assembly = populated(win.assembly)
    const key = assembly ? String(assembly.year) : 'other'
    let group = groups.find((candidate) => candidate.key === key)
    if (!group) {
      group = {
        key,
        heading: assembly ? `Presented at the ${assembly.title}` : 'Other wins',
        wins: [],
      }
      groups.push(group)
    }
    group.wins.push(win)
  }
  return groups
}

export default async function WinsPage() {
  const wins = await listWins()
  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={title} />
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lede">{description}</p>
      </header>
      {wins.length === 0 ? (
        <p>No win has been published yet.</p>
      ) : (
        byAssembly(wins).map((group) => (
          <section key={group.key} className="section" aria-labelledby={`wins-${group.key}`}>
            <h2 id={`wins-${group.key}`}>{group.heading}</h2>
            <WinList wins={group.wins} />
          </section>
        ))
      )}
    </div>
  )
}
