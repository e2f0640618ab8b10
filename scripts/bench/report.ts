import { existsSync, readFileSync, writeFileSync } from 'node:fs'

export type Row = {
  figure: string
  measure: string
  result: string
  target: string
  met: boolean | null
}

const cell = (text: string) => text.replaceAll('|', '\\|')

export function markdownTable(rows: Row[]): string {
  const lines = [
    '| # | Measure | Result | Target | Met |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.figure} | ${cell(row.measure)} | ${cell(row.result)} | ${cell(row.target)} | ${row.met === null ? '' : row.met ? 'yes' : 'no'} |`,
    ),
  ]
  return lines.join('\n')
}

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->'
const END = '<!-- bench:end -->'

const DEFAULT_NOTES = `## What was changed to approach the targets, and where they are not met

(Written by hand after a full run.)
`

// Keeps the hand-written notes outside the markers as they were.
export function writeBenchmarksFile(file: string, generated: string): void {
  const block = `${BEGIN}\n${generated.trim()}\n${END}`
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : null
  const start = existing?.indexOf(BEGIN) ?? -1
  const end = existing?.indexOf(END) ?? -1
  const next =
    existing && start !== -1 && end > start
      ? `${existing.slice(0, start)}${block}${existing.slice(end + END.length)}`
      : `# Benchmarks\n\n${block}\n\n${DEFAULT_NOTES}`
  writeFileSync(file, next)
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`
