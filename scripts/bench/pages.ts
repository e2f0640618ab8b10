import { seedData } from '@/seed/data'

// The 2025 record's addresses: present at every scale, since generated years are added around it.
export type PageType = {
  key: string
  label: string
  path: string
  load: boolean
}

const session = seedData.sessions[0]!
const win = seedData.wins[0]!
// Someone who also speaks in generated years, so their page grows with the record.
const speaker = seedData.speakers.find((person) => person.slug === win.presenter)!
// growthData.ts keeps even-numbered organisations.
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

export const pageSubjects = {
  year: 2025,
  session: session.slug,
  speaker: speaker.slug,
  organisation,
  topic: topic.slug,
  win: win.slug,
}
