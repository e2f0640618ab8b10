/**
 * `npm run test:e2e`: the browser journeys against the production build, as a visitor and staff
 * would meet it, on a throwaway database (scripts/lib/productionServer.ts), with Playwright
 * driving Debian's Chromium (installed with apt when missing; never downloaded).
 *
 *   npm run test:e2e                  build and run every journey
 *   npm run test:e2e -- --no-build    reuse the last build (.next) while iterating on tests; its
 *                                     cached pages may still show what an earlier run changed
 *   npm run test:e2e -- -g visitor    anything else goes to `playwright test`
 *
 * E2E_DB_CONTROL_URL lets a journey stop and start the database (scripts/db/controlServer.ts).
 * E2E_SETUP_TOKEN is the server's first-admin setup token (computed from its PAYLOAD_SECRET, as the
 * server does), E2E_MAIL_DIR where the e-mail it sends arrives (scripts/lib/smtpCatcher.ts).
 */
import { setupTokenFor } from '@/lib/security/firstAdmin'
import { startDatabaseControl } from '@/scripts/db/controlServer'
import { ensureChromium } from '@/scripts/lib/chromium'
import { startProductionServer } from '@/scripts/lib/productionServer'
import { runBin, runScript } from '@/scripts/lib/runBin'

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const build = !args.includes('--no-build')
  const playwrightArgs = args.filter((arg) => arg !== '--no-build')

  ensureChromium()
  const server = await startProductionServer({ build })
  // The fault journey (99-faults) stops and restarts this server's database through it.
  const control = await startDatabaseControl(server.cluster)
  try {
    return await runBin(['playwright', 'test', ...playwrightArgs], {
      ...server.env,
      E2E_BASE_URL: server.url,
      E2E_DB_CONTROL_URL: control.url,
      E2E_SETUP_TOKEN: setupTokenFor(server.env.PAYLOAD_SECRET!),
      E2E_MAIL_DIR: server.mailDir,
    })
  } finally {
    await control.close()
    await server.stop()
  }
}

runScript(main)
