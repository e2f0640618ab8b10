import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { collections, Users } from '@/collections'
import { guardEveryCollection } from '@/hooks/guardQueries'
import { applyPayloadWorkarounds } from '@/lib/compat/payload'
import { resilientPg } from '@/lib/db/pg'
import { env } from '@/lib/env'
import { mapApiErrors, refusalLoggingLevels } from '@/lib/errors'
import { emailAdapter } from '@/lib/mail'
import { isPreviewable, previewUrlFor } from '@/lib/preview/url'
import { searchTablesFilter, setUpSearchIndex } from '@/lib/search/schema'
import { announceSetupTokenInServer } from '@/lib/security/firstAdmin'
import { uploadOptions } from '@/lib/security/uploadGuards'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Payload's dev checker fails on @payloadcms/email-nodemailer, published only up to 3.90.1;
// tests/int/platform/dependencies.test.ts checks the versions instead.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
const { DATABASE_URI, NODE_ENV, NEXT_PUBLIC_SERVER_URL, PAYLOAD_SECRET } = env()

export default buildConfig({
  admin: {
    user: Users.slug,
    // The default avatar is a Gravatar request to an outside host; staff e-mails stay here.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · PICUM Assembly Record' },
    // https://payloadcms.com/docs/live-preview/overview
    livePreview: {
      collections: collections.filter(isPreviewable).map(({ slug }) => slug),
      url: ({ collectionConfig, data, req }) =>
        collectionConfig ? previewUrlFor(collectionConfig.slug, data, req) : null,
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 390, height: 844 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
  },
  collections,
  // A cookie sent with another Origin does not authenticate.
  // https://payloadcms.com/docs/authentication/cookies#csrf-attacks
  cors: [NEXT_PUBLIC_SERVER_URL],
  csrf: [NEXT_PUBLIC_SERVER_URL],
  db: postgresAdapter({
    pool: { connectionString: DATABASE_URI },
    pg: resilientPg,
    migrationDir: path.resolve(dirname, 'migrations'),
    push: NODE_ENV !== 'production',
    // Without this, the development push would drop the search index (lib/search/schema.ts).
    tablesFilter: searchTablesFilter,
  }),
  editor: lexicalEditor(),
  email: emailAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [mapApiErrors] },
  loggingLevels: refusalLoggingLevels as Config['loggingLevels'],
  onInit: async (payload) => {
    await setUpSearchIndex(payload)
    await announceSetupTokenInServer(payload)
  },
  jobs: {
    // Payload starts these crons in the Next.js server only; tests and scripts run the queue.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  },
  secret: PAYLOAD_SECRET,
  serverURL: NEXT_PUBLIC_SERVER_URL,
  sharp,
  telemetry: false,
  upload: uploadOptions,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Generating types on every start spawns a process that keeps jest from exiting.
    autoGenerate: false,
  },
})
  .then(guardEveryCollection)
  .then(applyPayloadWorkarounds)
