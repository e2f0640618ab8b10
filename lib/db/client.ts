import pg from 'pg'

// No `@/` imports: jest's globalSetup and globalTeardown load this outside the alias.

/** Runs `fn` with a client connected to the database at `url`, then closes it whatever happens. */
export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}
