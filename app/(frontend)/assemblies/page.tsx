import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { formatDateRange, formatPlace } from '@/lib/format'
import { generateMeta } from '@/lib/generateMeta'
import { listAssemblies } from '@/lib/queries/assemblies'
import { paths } from '@/lib/urls'

const title = 'General Assemblies'
const description =
  'Every General Assembly of PICUM on record, year by year: its theme, its programme, who spoke and the wins presented.'

export const metadata: Metadata = generateMeta({ title, description, path: paths.assemblies() })

export default async function AssembliesPage() {
  const assemblies = await listAssemblies()
  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={title} />
      <PageHeader title={title} lede={description} />
      {assemblies.length === 0 ? (
        <p>No assembly has been published yet.</p>
      ) : (
        <ol className="year-list">
          {assemblies.map((assembly) => {
            const when = formatDateRange(assembly.startDate, assembly.endDate)
            const where = formatPlace(assembly.city, assembly.country)
            return (
              <li key={assembly.id} className="year-list__item">
                <p className="year-list__year" aria-hidden="true">
                  {assembly.year}
                </p>
                <div>
                  <h2 className="year-list__title">
                    <Link href={paths.assembly(assembly.year)}>{assembly.title}</Link>
                  </h2>
                  {assembly.theme ? <p className="year-list__theme">{assembly.theme}</p> : null}
                  {when || where ? (
                    <p className="meta">{[when, where].filter(Boolean).join(' · ')}</p>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <AdminBar record={{ collection: 'assemblies' }} />
    </div>
  )
}
