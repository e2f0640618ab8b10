import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM } from '@/scripts/lib/chromium'

/**
 * Figure 4, part two: Lighthouse 12.2.3 (its defaults: a mid-range phone on a throttled
 * connection, simulated) in Debian's Chromium, headless. For each page: the four category scores
 * and, where a score is below 100, the audits that cost points.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

export type LighthouseResult = {
  label: string
  scores: Record<Category, number>
  /** "category: audit title (value)" for every weighted audit that did not pass. */
  findings: string[]
}

type Audit = { displayValue?: string; details?: unknown }
type DetailItem = {
  url?: unknown
  sourceLocation?: { url?: unknown }
  node?: { snippet?: unknown }
}

/** The audit's value and the first things it points at (a URL, an element), to act on. */
function describe(audit: Audit): string {
  const items = ((audit.details as { items?: DetailItem[] } | undefined)?.items ?? []).slice(0, 3)
  const pointers = items
    .map((item) => item.sourceLocation?.url ?? item.url ?? item.node?.snippet)
    .filter((value): value is string => typeof value === 'string')
  const parts = [audit.displayValue, ...pointers].filter(Boolean)
  return parts.length ? ` (${parts.join(', ')})` : ''
}

export async function runLighthouse(
  pages: { label: string; url: string }[],
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  try {
    const results: LighthouseResult[] = []
    for (const { label, url } of pages) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { lhr } = run
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as Record<Category, number>
      const findings = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${id}: ${audit!.title}${describe(audit!)}`),
      )
      results.push({ label, scores, findings })
    }
    return results
  } finally {
    chrome.kill()
  }
}
