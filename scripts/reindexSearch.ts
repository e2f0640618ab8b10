// For after a bulk change made straight in the database, a restored backup, or a change to what is
// indexed.
import { rebuildSearchIndex } from '@/lib/search/indexer'
import { runWithPayload } from '@/scripts/lib/withPayload'

await runWithPayload(
  'Rebuilding the search index failed; it was left as it was.',
  async (payload) => {
    const report = await rebuildSearchIndex(payload)
    for (const [collection, count] of Object.entries(report)) {
      payload.logger.info(`Search index: ${count} ${collection}`)
    }
    const total = Object.values(report).reduce((sum, count) => sum + count, 0)
    payload.logger.info(`Search index rebuilt: ${total} documents.`)
  },
)
