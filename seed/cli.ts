// `--if-empty`: do nothing when the database already has an assembly.
import { runWithPayload } from '@/scripts/lib/withPayload'
import { seed, SeedDataError } from '@/seed'

const ifEmpty = process.argv.includes('--if-empty')
await runWithPayload('Seed failed; nothing of it was written.', async (payload) => {
  const { totalDocs } = await payload.count({ collection: 'assemblies' })
  if (ifEmpty && totalDocs > 0) {
    payload.logger.info('Seed: the database already has an assembly; nothing to do.')
    return
  }
  const report = await seed(payload).catch((error: unknown) => {
    if (error instanceof SeedDataError) payload.logger.error(error.message)
    else throw error
  })
  if (!report) return 1
  for (const line of report.created) payload.logger.info(`Seed: created ${line}`)
  for (const line of report.skipped) payload.logger.info(`Seed: skipped ${line} (already there)`)
  payload.logger.info(
    `Seed: ${report.created.length} created, ${report.skipped.length} already there.`,
  )
})
