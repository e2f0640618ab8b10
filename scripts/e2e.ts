// `npm run test:e2e [-- --no-build] [playwright args]`: the journeys against the production build
// on a throwaway database, in Debian's Chromium (never downloaded).
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
