import type { MetadataRoute } from 'next'

import { listAssemblies } from '@/lib/queries/assemblies'
import { listOrganisations } from '@/lib/queries/organisations'
import { listSessionAddresses } from '@/lib/queries/sessions'
import { listSpeakers } from '@/lib/queries/speakers'
import { listTopics } from '@/lib/queries/topics'
import { listWins } from '@/lib/queries/wins'
import { absoluteUrl, paths } from '@/lib/urls'

type Dated = { updatedAt: string }

/** The latest change among a listing's entries: when the listing page last changed. */
const latest = (docs: Dated[]): string | undefined =>
  docs.reduce<string | undefined>(
    (max, doc) => (!max || doc.updatedAt > max ? doc.updatedAt : max),
    undefined,
  )

const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
  url: absoluteUrl(path),
  ...(lastModified ? { lastModified } : {}),
})

/** Every published page of the record. Reads the same cached queries the pages use. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [assemblies, sessions, speakers, organisations, wins, topics] = await Promise.all([
    listAssemblies.published(),
    listSessionAddresses.published(),
    listSpeakers.published(),
    listOrganisations.published(),
    listWins.published(),
    listTopics.published(),
  ])
  const withSlug = <T extends { slug?: string | null }>(docs: T[]) =>
    docs.filter((doc): doc is T & { slug: string } => Boolean(doc.slug))

  return [
    entry(paths.home(), latest([...assemblies, ...sessions, ...wins])),
    entry(paths.assemblies(), latest(assemblies)),
    ...assemblies.map((assembly) => entry(paths.assembly(assembly.year), assembly.updatedAt)),
    ...sessions.map((session) =>
      entry(paths.session(session.year, session.slug), session.updatedAt),
    ),
    entry(paths.speakers(), latest(speakers)),
    ...withSlug(speakers).map((speaker) => entry(paths.speaker(speaker.slug), speaker.updatedAt)),
    entry(paths.organisations(), latest(organisations)),
    ...withSlug(organisations).map((org) => entry(paths.organisation(org.slug), org.updatedAt)),
    entry(paths.wins(), latest(wins)),
    ...withSlug(wins).map((win) => entry(paths.win(win.slug), win.updatedAt)),
    entry(paths.topics(), latest(topics)),
    ...withSlug(topics).map((topic) => entry(paths.topic(topic.slug), topic.updatedAt)),
  ]
}
