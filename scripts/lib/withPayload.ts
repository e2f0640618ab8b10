import { getPayload, type Payload } from 'payload'

import config from '@payload-config'

// Always disconnects: an open pool keeps node alive.
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
