// Runs before the build, when no server is running yet.
import { growRecord, growthYears } from '@/scripts/bench/growthData'
import { runWithPayload } from '@/scripts/lib/withPayload'

const raw = process.argv[process.argv.indexOf('--scale') + 1]
const scale = Number(raw)
if (!process.argv.includes('--scale') || !Number.isInteger(scale) || scale < 1) {
  process.stderr.write('Usage: tsx scripts/bench/grow.ts --scale N (a whole number, 1 or more)\n')
  process.exit(2)
}

await runWithPayload('Growing the record failed.', async (payload) => {
  const years = growthYears(scale)
  const started = Date.now()
  const created = await growRecord(payload, scale)
  payload.logger.info(
    `Grew the record to ${scale}× (${years.length} generated assemblies, ${created} documents) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
})
