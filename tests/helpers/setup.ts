import type { Payload } from 'payload'

import type { User } from '@/payload-types'

type Role = User['role']

export type SetupOptions = {
  /** Load the 2025 record from seed/ into the file's database. */
  seed?: boolean
  /**
   * Staff accounts to create, in this order. The first account of a database is the one the
   * first-admin rules are about, so files that test an editor create an admin first.
   */
  staff?: Role[]
  /** The accounts to sign in through REST, as a browser does, for their tokens. */
  signIn?: Role[]
  /** `false`: connect as production does, without the development schema push (migrations only). */
  push?: boolean
  /** Silence Payload's logger while the file runs (files that send many refused requests). */
  quiet?: boolean
}

/** What a test file works with; each part is there from the file's first test on. */
export type TestRecord = {
  readonly payload: Payload
  readonly admin: User
  readonly editor: User
  readonly adminToken: string
  readonly editorToken: string
}

/**
 * One Payload instance on the file's own database (tests/helpers/freshDatabase.ts) for the whole
 * file, with the staff accounts it asks for, closed when the file is done. Call it at the top of
 * a test file: its beforeAll runs before the file's own, its afterAll first.
 */
export function setupRecord(options: SetupOptions = {}): TestRecord {
  let payload: Payload | undefined
  const users: Partial<Record<Role, User>> = {}
  const tokens: Partial<Record<Role, string>> = {}

  beforeAll(async () => {
    // Imported here, not at the top: a file's jest.unstable_mockModule (next/cache, next/headers)
    // must be in place before Payload's config is loaded.
    const { createUser, getTestPayload } = await import('@/tests/helpers/payload')
    if (options.push === false) process.env.PAYLOAD_MIGRATING = 'true'
    try {
      payload = await getTestPayload()
    } finally {
      delete process.env.PAYLOAD_MIGRATING
    }
    if (options.quiet) payload.logger.level = 'silent'
    if (options.seed) {
      const { seed } = await import('@/seed')
      await seed(payload)
    }
    for (const role of options.staff ?? []) users[role] = await createUser(payload, role)
    if (options.signIn?.length) {
      const { tokenFor } = await import('@/tests/helpers/rest')
      for (const role of options.signIn)
        tokens[role] = await tokenFor(payload, ready(users[role], role))
    }
  })

  afterAll(async () => {
    if (!payload) return
    const { closeTestPayload } = await import('@/tests/helpers/payload')
    if (options.quiet) payload.logger.level = 'info'
    await closeTestPayload(payload)
  })

  return {
    get payload() {
      return ready(payload, 'payload')
    },
    get admin() {
      return ready(users.admin, 'admin')
    },
    get editor() {
      return ready(users.editor, 'editor')
    },
    get adminToken() {
      return ready(tokens.admin, 'adminToken')
    },
    get editorToken() {
      return ready(tokens.editor, 'editorToken')
    },
  }
}

/** A part read before beforeAll, or one the file did not ask for, fails loudly. */
function ready<T>(value: T | undefined, name: string): T {
  if (value === undefined) {
    throw new Error(
      `setupRecord: no ${name} (not asked for in its options, or read before beforeAll)`,
    )
  }
  return value
}
