import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * The life of a command-line script that works on the record: connect, run `work`, and always
 * disconnect (an open pool keeps node alive). A failure is logged with `failure`, which tells the
 * operator what became of the data ("the database was left as it was"). Exits 0, `work`'s own
 * code, or 1.
 */
export async function runWithPayload(
  failure: string,
  work: (payload: Payload) => Promise<number | void>,
): Promise<never> {
  const payload = await getPayload({ config })
  let exitCode = 0
  try {
    exitCode = (await work(payload)) ?? 0
  } catch (error) {
    payload.logger.error({ err: error, msg: failure })
    exitCode = 1
  } finally {
    await payload.destroy()
  }
  process.exit(exitCode)
}
