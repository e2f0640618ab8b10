/**
 * The seed describes the report in the project's own words: no run of 8 or more words of its
 * prose is the report's. Facts may be exact (names, roles, session titles, the theme), so only the
 * descriptive text is checked: the intro, summaries, contributions, bios, descriptions, win titles
 * and figure labels. The report is kept beside the fixtures (tests/fixtures/sources), as a copy of
 * ../shared/sources/picum-general-assembly-2025.txt, so the check runs in a clean clone.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { seedData } from '@/seed/data'

const RUN = 8

const report = readFileSync(
  path.resolve('tests/fixtures/sources/picum-general-assembly-2025.txt'),
  'utf8',
)

/** Lowercase words; apostrophes dropped (PICUM’s → picums), hyphens and punctuation split. */
const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

const runsOf = (tokens: string[], length: number): string[] =>
  Array.from({ length: Math.max(0, tokens.length - length + 1) }, (_, i) =>
    tokens.slice(i, i + length).join(' '),
  )

const reportRuns = new Set(runsOf(words(report), RUN))

/** Every descriptive text in the seed, labelled with where it is. */
function prose(): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const add = (where: string, texts: string[] | undefined) =>
    (texts ?? []).forEach((text, i) => out.push([`${where}[${i}]`, text]))
  for (const a of seedData.assemblies) add(`assembly ${a.year} intro`, a.intro)
  for (const o of seedData.organisations) add(`organisation ${o.slug}`, o.description)
  for (const s of seedData.speakers) add(`speaker ${s.slug} bio`, s.bio)
  for (const s of seedData.sessions) {
    add(`session ${s.slug} summary`, s.summary)
    for (const c of s.contributions ?? []) add(`session ${s.slug} ${c.speaker}`, c.contribution)
    add(
      `session ${s.slug} resources`,
      (s.resources ?? []).map((r) => r.title),
    )
  }
  for (const w of seedData.wins) {
    add(`win ${w.slug} title`, [w.title])
    add(`win ${w.slug} summary`, w.summary)
    add(
      `win ${w.slug} figures`,
      (w.figures ?? []).map((f) => f.label),
    )
  }
  for (const t of seedData.topics) add(`topic ${t.slug}`, [t.description])
  return out
}

it('reads the report it compares with', () => {
  expect(reportRuns.size).toBeGreaterThan(1000)
  // The check finds a copied sentence: the report's own opening.
  const copied = words('Europe’s continuous shift to the right and far right is fuelling')
  expect(runsOf(copied, RUN).some((run) => reportRuns.has(run))).toBe(true)
})

it('shares no run of 8 or more words with the report', () => {
  const texts = prose()
  expect(texts.length).toBeGreaterThan(60)
  const copied = texts.flatMap(([where, text]) =>
    runsOf(words(text), RUN)
      .filter((run) => reportRuns.has(run))
      .map((run) => `${where}: “${run}”`),
  )
  expect(copied).toEqual([])
})
