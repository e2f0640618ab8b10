/**
 * `npm run seed`: load the 2025 record (only what is missing).
 * `--if-empty`: do nothing when the database already has an assembly (how dev and start call it).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed, SeedDataError } from '@/seed'

const ifEmpty = process.argv.includes('--if-empty')
const payload = await getPayload({ config })
let exitCode = 0
try {
  const { totalDocs } = await payload.count({ collection: 'assemblies' })
  if (ifEmpty && totalDocs > 0) {
    payload.logger.info('Seed: the database already has an assembly; nothing to do.')
  } else {
    const { created, skipped } = await seed(payload)
    for (const line of created) payload.logger.info(`Seed: created ${line}`)
    for (const line of skipped) payload.logger.info(`Seed: skipped ${line} (already there)`)
    payload.logger.info(`Seed: ${created.length} created, ${skipped.length} already there.`)
  }
} catch (error) {
  payload.logger.error(error instanceof SeedDataError ? error.message : error)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
