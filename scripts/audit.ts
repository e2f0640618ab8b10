// Fails on a high or critical advisory SECURITY.md does not explain under "Known advisories". An
// unreachable audit service is reported and exits 0: a check that could not run is never faked.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { z } from 'zod'

const SEVERE = new Set(['high', 'critical'])

const report = z.object({
  vulnerabilities: z.record(
    z.string(),
    z.object({
      severity: z.string(),
      via: z.array(
        z.union([
          z.string(),
          z.object({ title: z.string(), url: z.string(), severity: z.string() }).loose(),
        ]),
      ),
    }),
  ),
})

function explainedAdvisories(): Set<string> {
  const text = readFileSync('SECURITY.md', 'utf8')
  const section = text.split(/^## Known advisories\s*$/m)[1]?.split(/^## /m)[0] ?? ''
  return new Set(section.match(/GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/g) ?? [])
}

function main(): number {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  let parsed: unknown
  try {
    parsed = JSON.parse(result.stdout)
  } catch {
    parsed = undefined
  }
  const audit = report.safeParse(parsed)
  if (!audit.success) {
    const reason = (parsed as { message?: string } | undefined)?.message ?? result.stderr.trim()
    console.log(`npm audit could not run here (${reason.split('\n')[0]}); nothing was checked.`)
    return 0
  }

  const explained = explainedAdvisories()
  const unexplained: string[] = []
  let severe = 0
  for (const [name, vulnerability] of Object.entries(audit.data.vulnerabilities)) {
    for (const via of vulnerability.via) {
      if (typeof via === 'string' || !SEVERE.has(via.severity)) continue
      severe += 1
      const id = via.url.match(/GHSA(?:-[a-z0-9]{4}){3}/)?.[0] ?? via.url
      if (!explained.has(id)) unexplained.push(`${via.severity}: ${name}: ${via.title} (${id})`)
    }
  }
  console.log(
    `npm audit --omit=dev: ${severe} high or critical, ${unexplained.length} unexplained.`,
  )
  for (const line of unexplained) console.log(`  ${line}`)
  if (unexplained.length) {
    console.log(
      'Upgrade the package, or explain the advisory in SECURITY.md under "Known advisories".',
    )
  }
  return unexplained.length ? 1 : 0
}

process.exit(main())
