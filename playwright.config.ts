import { defineConfig } from '@playwright/test'

/**
 * Run through `npm run test:e2e` (scripts/e2e.ts), which builds and starts the app on a throwaway
 * database and sets E2E_BASE_URL. Debian's Chromium is used; Playwright never downloads a browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/e2e/results',
  // One worker: the journeys share one server and database (one spec stops it). Each spec makes
  // what it needs and puts back what it changes, so they pass in any order and alone
  // (`npm run test:e2e -- --isolated` runs each file on its own, shuffled).
  workers: 1,
  // A focused journey (test.only) would let the others go unrun: refused everywhere.
  forbidOnly: true,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // The JSON report lets .ci/run print one summary line over jest and Playwright.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'tests/e2e/results.json' }],
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    navigationTimeout: 60_000,
    actionTimeout: 20_000,
    trace: 'retain-on-failure',
  },
})
