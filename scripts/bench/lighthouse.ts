import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'

import { CHROMIUM } from '@/scripts/lib/chromium'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

export type LighthouseResult = {
  label: string
  scores: Record<Category, number> | null
  findings: string[]
}

type Audit = { displayValue?: string; details?: unknown }
type DetailItem = {
  url?: unknown
  sourceLocation?: { url?: unknown }
  node?: { snippet?: unknown }
}

function describe(audit: Audit): string {
  const items = ((audit.details as { items?: DetailItem[] } | undefined)?.items ?? []).slice(0, 3)
  const pointers = items
    .map((item) => item.sourceLocation?.url ?? item.url ?? item.node?.snippet)
    .filter((value): value is string => typeof value === 'string')
  const parts = [audit.displayValue, ...pointers].filter(Boolean)
  return parts.length ? ` (${parts.join(', ')})` : ''
}

const scored = (lhr: Result): boolean =>
  !lhr.runtimeError && CATEGORIES.every((id) => typeof lhr.categories[id]?.score === 'number')

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
      // A run Lighthouse could not complete scores nothing, not zero: it is tried again, then
      // reported.
      let lhr: Result
      let attempt = 0
      do {
        attempt += 1
        const run = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
        lhr = run.lhr
      } while (!scored(lhr) && attempt < 3)
      if (!scored(lhr)) {
        const reason = lhr.runtimeError
          ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
          : 'no score'
        results.push({ label, scores: null, findings: [`Lighthouse failed 3 times (${reason})`] })
        continue
      }
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
