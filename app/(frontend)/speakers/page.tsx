import type { Metadata } from 'next'
import Link from 'next/link'

import { AdminBar } from '@/components/AdminBar'
import { Avatar } from '@/components/Avatar'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { RecordedRole } from '@/components/SpeakerByline'
import { generateMeta } from '@/lib/generateMeta'
import { listSpeakers } from '@/lib/queries/speakers'
import { paths } from '@/lib/urls'

const title = 'Speakers'
const description =
  'Everyone who has spoken at a PICUM General Assembly, with their role and organisation as recorded in a given year.'

export const metadata: Metadata = generateMeta({ title, description, path: paths.speakers() })

export default async function SpeakersPage() {
  const speakers = await listSpeakers()
  return (
    <div className="wrap page">
      <Breadcrumbs trail={[]} current={title} />
      <PageHeader title={title} lede={description} />
      {speakers.length === 0 ? (
        <p>No speaker has been published yet.</p>
      ) : (
        <ul className="people-grid">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="person">
              <Avatar name={speaker.name} photo={speaker.photo} size="md" />
              <div>
                <h2 className="person__name">
                  {speaker.slug ? (
                    <Link href={paths.speaker(speaker.slug)}>{speaker.name}</Link>
                  ) : (
                    speaker.name
                  )}
                </h2>
                <RecordedRole
                  className="person__role"
                  role={speaker.role}
                  organisation={speaker.organisation}
                  year={speaker.roleRecordedIn}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <AdminBar record={{ collection: 'speakers' }} />
    </div>
  )
}
