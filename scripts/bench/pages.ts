import { seedData } from '@/seed/data'

/**
 * The public page types the benchmarks measure, each at one address of the 2025 record (present
 * at every scale: generated years are added around it). `load` marks the pages of figure 1.
 */
export type PageType = {
  key: string
  label: string
  path: string
  /** Measured under load against the static server (figure 1). */
  load: boolean
}

const session = seedData.sessions[0]!
const win = seedData.wins[0]!
// A person who presents wins and speaks in generated years too, so every read their page makes
// has something to read at every scale, and the page grows with the record.
const speaker = seedData.speakers.find((person) => person.slug === win.presenter)!
// Spoken for in the first session every year (growthData.ts keeps even-numbered organisations).
const organisation = session.contributions?.[0]?.organisation ?? 'picum'
const topic = seedData.topics[0]!

export const SEARCH_QUERY = 'regularisation'

export const pageTypes: PageType[] = [
  { key: 'home', label: 'home', path: '/', load: true },
  { key: 'assembly', label: 'assembly', path: '/assemblies/2025', load: true },
  { key: 'session', label: 'session', path: `/assemblies/2025/${session.slug}`, load: true },
  { key: 'speaker', label: 'speaker', path: `/speakers/${speaker.slug}`, load: true },
  {
    key: 'organisation',
    label: 'organisation',
    path: `/organisations/${organisation}`,
    load: false,
  },
  { key: 'topic', label: 'topic', path: `/topics/${topic.slug}`, load: false },
  { key: 'win', label: 'win', path: `/wins/${win.slug}`, load: false },
  { key: 'wins', label: '/wins', path: '/wins', load: true },
  { key: 'speakers', label: '/speakers', path: '/speakers', load: false },
  { key: 'search', label: 'search', path: `/search?q=${SEARCH_QUERY}`, load: true },
]

/** What the loaders in pageQueries.ts need to find the same documents. */
export const pageSubjects = {
  year: 2025,
  session: session.slug,
  speaker: speaker.slug,
  organisation,
  topic: topic.slug,
  win: win.slug,
}
