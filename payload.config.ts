import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config } from 'payload'
import sharp from 'sharp'

import { collections, Users } from '@/collections'
import { mapApiErrors, refusalLoggingLevels } from '@/lib/errors'
import { guardEveryCollection } from '@/hooks/guardQueries'
import { applyPayloadWorkarounds } from '@/lib/compat/payload'
import { resilientPg } from '@/lib/db/pg'
import { env } from '@/lib/env'
import { emailAdapter } from '@/lib/mail'
import { isPreviewable, previewUrlFor } from '@/lib/preview/url'
import { announceSetupTokenInServer } from '@/lib/security/firstAdmin'
import { searchTablesFilter, setUpSearchIndex } from '@/lib/search/schema'
import { uploadOptions } from '@/lib/security/uploadGuards'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Outside production Payload checks that every @payloadcms package has its own version, and fails
// on @payloadcms/email-nodemailer, which is published only up to 3.90.1 (pinned, with payload
// overridden to one copy: package.json). tests/int/dependencies.test.ts checks the versions instead.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'
const { DATABASE_URI, NODE_ENV, NEXT_PUBLIC_SERVER_URL, PAYLOAD_SECRET } = env()

// Queries Payload's SQL cannot answer, and drafts or related filters for visitors, are refused
// before they run (hooks/guardQueries.ts), on every collection, Payload's own included.
export default buildConfig({
  admin: {
    user: Users.slug,
    // The default avatar is a Gravatar request to an outside host; staff e-mails stay here.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · PICUM Assembly Record' },
    // Edits show while staff type: the pane opens the page through the preview route (draft mode
    // for staff), and the page re-renders after each autosave (components/PreviewBanner).
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
  // Only the site's own pages may call the API with the session cookie or read its answers: a
  // cookie sent with another Origin does not authenticate (csrf), and no other origin gets CORS
  // headers. https://payloadcms.com/docs/authentication/cookies#csrf-attacks
  cors: [NEXT_PUBLIC_SERVER_URL],
  csrf: [NEXT_PUBLIC_SERVER_URL],
  db: postgresAdapter({
    pool: { connectionString: DATABASE_URI },
    // Listens for the connection errors an outage raises, which would otherwise crash the process.
    pg: resilientPg,
    migrationDir: path.resolve(dirname, 'migrations'),
    // Production runs the committed migrations (npm run build and npm start apply them first);
    // development and tests push the schema to their own throwaway or .data/ databases.
    push: NODE_ENV !== 'production',
    // The search index is a table Payload does not describe (lib/search/schema.ts explains why);
    // without this, the development push would drop it.
    tablesFilter: searchTablesFilter,
  }),
  editor: lexicalEditor(),
  email: emailAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  // Bad input that Payload lets reach PostgreSQL answers 400, an unreachable database 503.
  hooks: { afterError: [mapApiErrors] },
  loggingLevels: refusalLoggingLevels as Config['loggingLevels'],
  // Push builds Payload's own tables only: databases it sets up (development, tests) get the
  // search index here. Production databases get it from their migration. A production server
  // with no account prints the first-admin setup token.
  onInit: async (payload) => {
    await setUpSearchIndex(payload)
    await announceSetupTokenInServer(payload)
  },
  jobs: {
    // Scheduled publishing runs inside the app's own process every minute: no outside cron is
    // needed on a single machine. Payload starts these crons in the Next.js server only; tests
    // and scripts run the queue themselves (payload.jobs.run).
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  },
  secret: PAYLOAD_SECRET,
  serverURL: NEXT_PUBLIC_SERVER_URL,
  sharp,
  telemetry: false,
  // Size limits of the multipart parser; what a file may contain is checked in collections/Media.
  upload: uploadOptions,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Types are generated on purpose (npm run generate:types) and committed; generating them on
    // every start spawns a process that keeps jest from exiting.
    autoGenerate: false,
  },
})
  .then(guardEveryCollection)
  .then(applyPayloadWorkarounds)
