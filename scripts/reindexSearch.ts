/**
 * `npm run search:reindex`: empties the site search index and builds it again from the published
 * record, in one transaction (searches keep using the old index until the new one is complete).
 * The index normally follows every change by itself (hooks/indexSearch.ts); this is for after a
 * bulk change made straight in the database, a restored backup, or a change to what is indexed.
 */
import config from '@payload-config'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
} from 'payload'

import { rebuildSearchIndex } from '@/lib/search/indexer'

const payload = await getPayload({ config })
const req = await createLocalReq({}, payload)
let exitCode = 0
try {
  await initTransaction(req)
  const report = await rebuildSearchIndex(payload, req)
  await commitTransaction(req)
  const total = Object.values(report).reduce((sum, count) => sum + count, 0)
  for (const [collection, count] of Object.entries(report)) {
    payload.logger.info(`Search index: ${count} ${collection}`)
  }
  payload.logger.info(`Search index rebuilt: ${total} documents.`)
} catch (error) {
  await killTransaction(req)
  payload.logger.error({
    err: error,
    msg: 'Rebuilding the search index failed; it was left as it was.',
  })
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
