// `npm run db:backup [-- --out file]`, run through scripts/withDatabase.ts.
import path from 'node:path'

import { z } from 'zod'

import { DATA_DIR } from '@/lib/env'
import { backupDatabase, defaultBackupFile, describeDatabase } from '@/scripts/db/backups'
import { runScript, say } from '@/scripts/lib/runBin'

const args = z.object({ out: z.string().min(1, '--out needs a file name').optional() }).strict()

const parseArgs = (argv: string[]) => {
  const values: Record<string, string> = {}
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s)
    if (!flag?.startsWith('--'))
      throw new Error(`Unexpected argument ${argv[i]}: usage: npm run db:backup [-- --out file]`)
    values[flag.slice(2)] = inline ?? argv[(i += 1)] ?? ''
  }
  const parsed = args.safeParse(values)
  if (!parsed.success) {
    throw new Error(`${parsed.error.issues[0]!.message}: usage: npm run db:backup [-- --out file]`)
  }
  return parsed.data
}

async function main(): Promise<void> {
  const { out } = parseArgs(process.argv.slice(2))
  const databaseUrl = process.env.DATABASE_URI
  if (!databaseUrl) throw new Error('DATABASE_URI is unset: run this through npm run db:backup.')
  const contents = await describeDatabase(databaseUrl)
  const result = await backupDatabase({
    databaseUrl,
    file: out ?? defaultBackupFile(),
    mediaDir: path.join(DATA_DIR, 'media'),
    sourcesDir: path.join(DATA_DIR, 'sources'),
  })
  const relative = (file: string) =>
    file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file
  say(`backed up ${contents} to ${relative(result.file)} (${Math.ceil(result.bytes / 1024)} KiB)`)
  say(
    result.mediaArchive
      ? `and ${result.mediaFiles} media files to ${relative(result.mediaArchive)}`
      : 'no media files to back up (.data/media is empty)',
  )
  if (result.sourcesArchive) {
    say(`and ${result.sourcesFiles} source documents to ${relative(result.sourcesArchive)}`)
  }
}

runScript(main)
