// `npm run media:clean [-- --dry-run]`: for images stored before uploads were cleaned on arrival.
import { loadPayload } from '@/scripts/lib/loadPayload'
import { runScript, say } from '@/scripts/lib/runBin'

const USAGE = 'usage: npm run media:clean [-- --dry-run]'

async function main(): Promise<number> {
  const argv = process.argv.slice(2)
  const unknown = argv.find((arg) => arg !== '--dry-run')
  if (unknown) throw new Error(`Unknown argument ${unknown}: ${USAGE}`)
  const dryRun = argv.includes('--dry-run')
  if (!process.env.DATABASE_URI)
    throw new Error('DATABASE_URI is unset: run this through npm run media:clean.')

  // Loaded after the arguments are checked: a mistyped flag is answered without starting Payload.
  const payload = await loadPayload()
  const { cleanStoredMedia, describeFile, describeSummary } =
    await import('@/lib/security/cleanStoredMedia')
  try {
    const summary = await cleanStoredMedia(payload, {
      dryRun,
      report: (file) => say(describeFile(file)),
    })
    say(describeSummary(summary, dryRun))
    // A missing file is reported but is not this command's failure; one it could not clean is.
    return summary.failed > 0 ? 1 : 0
  } finally {
    await payload.destroy()
  }
}

runScript(main)
