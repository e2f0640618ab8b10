/**
 * `tsx scripts/withDatabase.ts [--migrate] [--production-database] [--seed] [-- <command...>]`.
 * Development (push) and production (migrations) use separate embedded databases: migrating a
 * pushed schema asks about data loss.
 */
import path from 'node:path'

import nextEnv from '@next/env'

import { type EmbeddedPostgres, startEmbeddedPostgres } from '@/lib/db/embeddedPostgres'
import { DATA_DIR, EnvError, parseEnv } from '@/lib/env'
import { type Env, runBin as run, say } from '@/scripts/lib/runBin'

const separator = process.argv.indexOf('--')
const flags = new Set(process.argv.slice(2, separator === -1 ? undefined : separator))
const command = separator === -1 ? [] : process.argv.slice(separator + 1)
const production = flags.has('--migrate')
const productionDatabase = production || flags.has('--production-database')
const USAGE =
  'usage: tsx scripts/withDatabase.ts [--migrate] [--production-database] [--seed] [-- <command...>]'

async function main(): Promise<number> {
  if (command.length === 0 && flags.size === 0) {
    say(USAGE)
    return 2
  }
  nextEnv.loadEnvConfig(process.cwd(), !productionDatabase, { info: () => {}, error: say })
  const env: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  if (production) env.NODE_ENV = 'production'

  let embedded: EmbeddedPostgres | undefined
  const stop = async () => {
    if (embedded) await embedded.stop().catch(() => {})
    embedded = undefined
  }

  try {
    // Validate everything but the database first, so a bad value fails before any start-up work.
    parseEnv({ ...env, DATABASE_URI: env.DATABASE_URI || 'postgres://placeholder/check' })
    if (!env.DATABASE_URI) {
      embedded = await startEmbeddedPostgres({
        dataDir: path.join(DATA_DIR, 'postgres'),
        persistent: true,
      })
      env.DATABASE_URI = await embedded.urlFor(productionDatabase ? 'picum' : 'picum_dev')
      say(`embedded PostgreSQL on port ${embedded.port} (data in .data/postgres)`)
    }
    const { SEED_ON_START } = parseEnv(env)

    if (production) {
      const code = await run(['tsx', 'scripts/migrate.ts'], env)
      if (code !== 0) return code
    }
    if (flags.has('--seed') && SEED_ON_START) {
      const code = await run(['tsx', 'seed/cli.ts', '--if-empty'], env)
      if (code !== 0) return code
    }
    return command.length > 0 ? await run(command, env) : 0
  } catch (error) {
    say(error instanceof EnvError ? error.message : `${(error as Error).message}`)
    return 1
  } finally {
    await stop()
  }
}

// A PostgreSQL child stopped by the same Ctrl-C can leave handles open.
process.exit(await main())
