import { postgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import type { Pool } from 'pg'

import { searchTablesFilter } from '@/lib/search/schema'
import type { User } from '@/payload-types'
import config from '@payload-config'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

/**
 * The same app on another database (a restored backup, a fixture to migrate), connected as
 * production connects: nothing pushed over the schema it finds. `key` keeps it apart from the
 * file's own instance.
 */
export async function getPayloadOn(url: string, key: string): Promise<Payload> {
  const base = await config
  const db = postgresAdapter({
    pool: { connectionString: url },
    push: false,
    tablesFilter: searchTablesFilter,
  })
  // buildConfig fills in the adapter's optional fields; this adapter is used as it comes.
  return getPayload({ config: { ...base, db: db as SanitizedConfig['db'] }, key })
}

/**
 * payload.destroy() leaves the adapter's pool open (it keeps the client it connected with checked
 * out), which keeps jest alive: release that client and end the pool.
 */
export async function closeTestPayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await payload.destroy()
  if (!pool) return
  const internal = pool as unknown as {
    _clients: Array<{ release?: (destroy?: boolean) => void }>
    _idle: Array<{ client: unknown }>
  }
  for (const client of internal._clients) {
    if (!internal._idle.some((idle) => idle.client === client)) client.release?.(true)
  }
  await pool.end()
}

let counter = 0

/** A real staff account, created through the Local API, to run requests as. */
export async function createUser(payload: Payload, role: User['role']): Promise<User> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${counter}-${Date.now()}@example.org`,
      password: 'correct horse battery staple',
      role,
      name: `${role} ${counter}`,
    },
  })
  return { ...user, collection: 'users' } as User
}
