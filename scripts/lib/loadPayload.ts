import type { Payload } from 'payload'

/**
 * Payload for a command that checks its arguments first. The modules are imported one after
 * another: concurrent import()s of overlapping module graphs under tsx's loader have, under load,
 * left the process with nothing to wait on (exit 13 for media:clean, a false exit 0 for
 * create-admin), seen in CI and not reproduced since.
 */
export async function loadPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}
