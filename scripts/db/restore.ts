// `npm run db:restore -- <file> [--force]`. Stop the app first: the restore replaces the tables it
// reads.
import path from 'node:path'

import { z } from 'zod'

import { DATA_DIR } from '@/lib/env'
import { restoreDatabase } from '@/scripts/db/backups'
import { runScript, say } from '@/scripts/lib/runBin'

const USAGE = 'usage: npm run db:restore -- <file> [--force]'

const args = z.object({
  file: z.string({ message: `name the backup file: ${USAGE}` }).min(1),
  force: z.boolean(),
})

const parseArgs = (argv: string[]) => {
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--force')
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown[0]}: ${USAGE}`)
  const files = argv.filter((arg) => !arg.startsWith('-'))
  if (files.length > 1) throw new Error(`Name one backup file: ${USAGE}`)
  const parsed = args.safeParse({ file: files[0], force: argv.includes('--force') })
  if (!parsed.success) throw new Error(parsed.error.issues[0]!.message)
  return parsed.data
}

async function main(): Promise<void> {
  const { file, force } = parseArgs(process.argv.slice(2))
  const databaseUrl = process.env.DATABASE_URI
  if (!databaseUrl) throw new Error('DATABASE_URI is unset: run this through npm run db:restore.')
  const database = new URL(databaseUrl).pathname.slice(1)
  const result = await restoreDatabase({
    databaseUrl,
    file,
    force,
    mediaDir: path.join(DATA_DIR, 'media'),
    sourcesDir: path.join(DATA_DIR, 'sources'),
  })
  say(`restored ${file} into the database ${database} in one transaction`)
  say(`before: ${result.before}; now: ${result.after}`)
  if (result.mediaArchive) {
    say(
      `media files from ${result.mediaArchive} unpacked into .data/media (added or replaced, none deleted)`,
    )
  }
  if (result.sourcesArchive) {
    say(
      `source documents from ${result.sourcesArchive} unpacked into .data/sources (added or replaced, none deleted)`,
    )
  }
}

runScript(main)
